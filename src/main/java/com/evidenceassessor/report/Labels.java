package com.evidenceassessor.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.evidenceassessor.assessment.EvidenceChain;
import com.evidenceassessor.assessment.Level;
import com.evidenceassessor.assessment.Opinion;
import com.evidenceassessor.assessment.Opinion.CaseQuestion;
import com.evidenceassessor.assessment.Opinion.OpenQuestion;
import com.evidenceassessor.assessment.Opinion.Reason;
import com.evidenceassessor.support.WireNames;

/**
 * Words of the rendered opinion in both languages: levels, dimensions, effects, headings.
 */
public final class Labels {

	private static final Map<String, String[]> WORDS = Map.ofEntries(entry("low", "低风险", "low risk"),
			entry("medium", "中风险", "medium risk"), entry("high", "高风险", "high risk"),
			entry("excluded", "应予排除", "excluded"), entry("authenticity", "真实性", "authenticity"),
			entry("legality", "合法性", "legality"), entry("relevance", "关联性", "relevance"),
			entry("sufficiency", "单独定案", "standing alone"), entry("procedure", "程序", "procedure"),
			entry("supports", "支持", "supports"), entry("undermines", "削弱", "undermines"),
			entry("presumesAuthentic", "可推定真实", "may be presumed authentic"),
			entry("confirmsAuthentic", "应当确认", "shall be confirmed"), entry("rebuts", "反驳", "rebuts"),
			entry("overturns", "推翻", "overturns"), entry("disproves", "否定真实性", "disproves"),
			entry("excludes", "排除", "excludes"), entry("needsCorroboration", "需补强", "needs corroboration"),
			entry("needsCorroborationMet", "需补强·已获印证", "needs corroboration · corroborated"),
			entry("notCounted", "不计", "not counted"),
			entry("notCountedDisproved", "不计（真实性已被否定）", "not counted (authenticity disproved)"),
			entry("notCountedExcluded", "不计（证据已予排除）", "not counted (the item is excluded)"),
			entry("corroborates", "印证", "corroborates"), entry("likelyRefused", "通常不予采信", "likely refused"),
			entry("informationMissing", "待核实", "to be answered"), entry("note", "提示", "note"),
			entry("opinion", "微信电子证据采信风险评估意见", "WeChat electronic evidence: admissibility opinion"),
			entry("case", "案件", "Case"), entry("lawDate", "适用法律日期", "Law date"),
			entry("regime", "本意见援引的规范（所适用的版本及其施行期间）",
					"Instruments cited (the version applied, with the period it was in force)"),
			entry("practiceNotLaw", "（实务指引，非法律或司法解释）", " (practice guidance, not law)"), entry("item", "证据", "Item"),
			entry("score", "得分", "Score"), entry("level", "风险等级", "Level"), entry("reasons", "理由", "Reasons"),
			entry("noReasons", "（无：本案适用日期施行的规范中，没有规则适用于案件材料所述的该证据事实；得分为起评分）",
					"(none: no rule in force on the case's law date applies to what the case file says of this item; "
							+ "the score is the starting score)"),
			entry("remedies", "庭前补强建议（按提升幅度排序）", "Before the hearing (ranked by gain)"),
			entry("unknowns", "待核实事实（评分区间）", "Open facts (score range)"), entry("summary", "案件总体评估", "Case summary"),
			entry("needsCorroborationFlag", "不能单独作为认定事实的根据，需其他证据印证",
					"cannot alone ground a finding; needs corroboration"),
			entry("refusedFlag", "通常不予采信，仅以其他证据印证无济于事（应先解决该证据意见所述的问题，见其补强建议）",
					"usually refused whatever corroborates it (first resolve what its opinion says: see the actions it lists)"),
			entry("setAside", "不计入案件评分的待证事实（所附证据均显示该项请求缺乏依据，宜放弃或变更该部分诉讼请求）",
					"facts to prove left out of the case score (every item offered shows the claim has no ground: drop or amend that part of the claim)"),
			entry("facts", "待证事实", "Facts to prove"), entry("moneyFlow", "账单显示的资金往来", "Money flow shown by the bills"),
			entry("paid", "付出", "paid"), entry("received", "收回", "received"), entry("net", "净额", "net"),
			entry("repaidWithNote", "其中备注为还款", "of which noted as repayment"),
			entry("stamp", "可复现标识", "Reproducibility stamp"), entry("effort", "工作量", "effort"),
			entry("effortLow", "低", "low"), entry("effortMedium", "中", "medium"), entry("effortHigh", "高", "high"),
			entry("assumesCourtGrants", "以法院准许申请为前提", "if the court grants the application"),
			entry("assumesOrderObeyed", "以法院责令对方提交且对方如实提交为前提（对方拒不提交的，法院可以认定申请人所主张的内容为真实）",
					"if the court orders the opponent to produce it and they do (if they refuse, the court may take your account of it as true)"),
			entry("assumesAppraisalConfirms", "以鉴定意见确认其真实为前提", "if the appraisal finds it authentic"),
			entry("assumesAppraisalMakesOut", "以鉴定能够辨明其内容为前提", "if the expert makes out what it says"),
			entry("assumesWitnessTestifies", "以证人出庭如实作证为前提", "if the witness appears and testifies as expected"),
			entry("assumesEvidenceExists", "以该证据确实存在、能够取得为前提（先向当事人核实）",
					"if such evidence exists and can be had (ask the client first)"),
			entry("assumesPaidThisAccount", "以本方曾通过微信向该账号转账为前提", "if you have paid this account by WeChat transfer"),
			entry("assumesPhoneSearchFinds", "以知道该账号使用人本人（对方，或对方单位相应的工作人员）的手机号、且搜索该号码能找到此账号为前提（宜庭前先试，并以录屏或公证固定结果）",
					"if you know the own number of the account's user (the opponent, or the organisation's staff member) and searching it finds this account (try it before the hearing and fix the result by screen recording or notarisation)"),
			entry("assumesKnownNumberFinds", "以搜索案件材料所载的对方手机号能找到此账号为前提（宜庭前先试，并以录屏或公证固定结果）",
					"if searching the opponent's number the case file gives finds this account (try it before the hearing and fix the result by screen recording or notarisation)"),
			entry("assumesAccountAccessible", "以本人仍能登录该应用账号、查看该期间记录为前提（离职后通常已被移出企业：届时应申请法院责令用人单位提交）",
					"if you can still log in to the app's account and see those records (after leaving, an employee is usually removed: then apply for an order that the employer produce them)"),
			entry("assumesRegistryShowsNoMarriage", "以查询结果显示双方未办理结婚登记为前提",
					"if the search shows the couple never registered a marriage"),
			entry("assumesDeviceKept", "以存有该记录的原手机（或电脑）仍在为前提（先向当事人核实）",
					"if the phone (or computer) holding the record is still there (ask the client first)"),
			entry("assumesPostVisible", "以该朋友圈仍可查看为前提（发布者可随时删除或设为不可见：先登录核实，并尽快固定）",
					"if the post can still be seen (the poster can delete or hide it at any time: check now and fix it soon)"),
			entry("assumesPageOnline",
					"以该网页仍可打开为前提（网页可能随时被删除或下线，承运人的物流查询页面通常只保留数月：先核实并尽快固定；已打不开的，改向页面的保存者（如承运人）调取记录，或申请法院调取）",
					"if the page still opens (a page can be deleted or taken down at any time, and a carrier's tracking page is usually kept only for months: check now and fix it soon; where it no longer opens, obtain the record from whoever keeps it, a carrier say, or ask the court to collect it)"),
			entry("assumesCounterEvidenceMet", "以对方已提交的反证不足以反驳本证据（经公证的，不足以推翻公证证明）为前提（先针对反证逐项质证，必要时申请鉴定）",
					"if the counter-evidence the opponent filed is not enough to rebut it (once notarised, to overturn the notarised record; answer it point by point first, with an appraisal where needed)"),
			entry("assumesNotarisationStands", "以对方已提交的反证不足以推翻公证证明为前提（该反证已足以反驳现有记录；公证后须足以推翻才能否定其真实性，先针对反证逐项质证）",
					"if the counter-evidence the opponent filed, already enough to rebut the record, is not enough to overturn it once notarised (answer it point by point first)"),
			entry("assumesOriginalSupportsClaim", "以原始记录的内容确能支持本方主张为前提（原始记录在本方手中的，先与之逐条核对）",
					"if the original record says what the claim needs (where you hold it, check it line by line first)"),
			entry("deadline", "期限", "deadline"), entry("kind", "类型", "kind"), entry("basis", "依据", "basis"),
			entry("fact", "事实", "fact"), entry("items", "证据", "items"), entry("bestScore", "最高得分", "best score"),
			entry("kind.text", "文字", "text"), entry("kind.image", "图片", "image"), entry("kind.voice", "语音", "voice"),
			entry("kind.video", "视频", "video"), entry("kind.link", "链接", "link"), entry("kind.file", "文件", "file"),
			entry("kind.transfer", "转账", "transfer"), entry("kind.redPacket", "红包", "red packet"),
			entry("kind.momentsPost", "朋友圈", "Moments post"), entry("kind.bill", "账单", "bill"),
			entry("ifBest", "有利", "if favourable"), entry("ifWorst", "不利", "if unfavourable"),
			entry("ifYes", "答“是”", "if yes"), entry("ifNo", "答“否”", "if no"), entry("swing", "影响", "swing"),
			entry("caseIf", "案件评分", "case"), entry("itemSwing", "单项证据最多影响 %d", "up to %d on an item"),
			entry("caseUnchanged", "单独回答不改变案件评分", "alone it leaves the case score as it is"),
			entry("premiseOnly", "现有评分不因回答而变，但所建议的部分补强行动以答“是”为前提；答“否”的，在案件材料中写明后重新评估，即不再建议以此为前提的行动",
					"the answer changes no score as the file stands, but some actions offered take a yes for granted; if no, say so in the case file and assess again, and those actions are no longer offered"),
			entry("swingTogether", "单独回答不改变评分；与其他待核实事实合并时影响",
					"alone it changes nothing; together with the other open facts it moves the score by"),
			entry("plan", "组合方案", "Combined plan"),
			entry("withoutPaidThisAccount", "本方曾通过微信向该账号转账", "a payment you once made to this account"),
			entry("withoutPostVisible", "该朋友圈仍可查看", "the post still being visible"),
			entry("withoutPageOnline", "该网页仍可打开", "the page still opening"),
			entry("withoutCourtGrants", "法院准许所提申请", "the court granting the application"),
			entry("withoutPhoneSearchFinds", "搜索使用人本人的手机号能找到此账号",
					"a search of the user's own number finding this account"),
			entry("withoutKnownNumberFinds", "搜索案件材料所载的对方手机号能找到此账号",
					"a search of the opponent's number in the case file finding this account"),
			entry("planWithout", "不以%s为前提的方案", "Plan not relying on %s"),
			entry("noPlanWithout", "没有其他行动能提高本项评分", "no other action raises this item's score"),
			entry("planIfDeviceGone", "若存有该记录的原手机（或电脑）已不在（本项评分将为 %d，%s）的方案",
					"Plan if the phone (or computer) holding the record is gone (this item would then score %d, %s)"),
			entry("noCasePlanWithout", "没有其他行动能提高案件评分", "no other action raises the case score"),
			entry("planLate", "⚠ 第%s步的期限已届满：%s", "⚠ The time limit for step %s has passed: %s"),
			entry("onlyTogether", "（单项行动均不能单独提高评分，须按下面的组合方案一并实施）",
					"(no single action raises the score alone: take them together, as the combined plan below)"),
			entry("casePlan", "案件整体补强方案（各证据补强方案合并后所需的行动）",
					"Case plan (the actions that reach what every item's plan reaches together)"),
			entry("caseRange", "案件评分区间（待核实事实）", "Case score range over the open facts"),
			entry("questions", "需向当事人核实的问题（按影响排序）", "Questions for the client (most decisive first)"),
			entry("chain", "证据链", "Evidence chain"), entry("chainComplete", "各环节均有证据", "every link has evidence"),
			entry("claimantUnstated", "案件未说明由哪一方主张：证据链采用不区分主张方的要件，可能高估其强度；请在案件文件 claimant 中注明：%s",
					"the case does not say who claims: the chain uses the requirements that fit either side and may overstate its strength; name the claimant in the case file (claimant): %s"),
			entry("chainIncomplete", "不完整", "incomplete"), entry("missing", "缺少", "missing"),
			entry("weakestLink", "最薄弱环节", "weakest link"), entry("noEvidence", "尚无证据", "no evidence yet"),
			entry("noUsableEvidence", "没有可采的证据", "no usable evidence"),
			entry("admittedLink", "对方已自认，无需举证证明", "admitted by the opponent, needs no proof"),
			entry("admittedByOpponent", "对方自认", "admitted by the opponent"),
			entry("officialRecord", "官方记录", "official record"),
			entry("officialRecordLink", "已有官方记录证明", "proved by an official record"),
			entry("signedDocument", "对方签名的书证原件", "the opponent's signed original"),
			entry("signedDocumentLink", "已有对方签名的书证原件证明", "proved by a paper the opponent signed"),
			entry("opponentsRecord", "对方自身的记录", "the opponent's own records"),
			entry("opponentsRecordLink", "已有对方自身的记录证明", "proved by the opponent's own records"),
			entry("opponentsRecordFiled",
					"另有%s：对方掌握管理并提交的自身记录，记载于己不利的事实，可以确认其真实性（%s），足以单独证明该事实；对方经责令拒不提交的，法院可以认定本方所主张的内容为真实",
					"%s is filed: the opponent's own records, which it keeps and produced, stating a fact against its interest, can be confirmed authentic (%s), and prove the fact by themselves; if ordered to produce them it refuses, the court may take the client's account of them as true"),
			entry("thirdPartyRecord", "第三方的业务记录", "a third party's business record"),
			entry("thirdPartyRecordLink", "已有第三方的业务记录证明", "proved by a third party's business record"),
			entry("thirdPartyRecordFiled",
					"另有%s：第三方在正常业务活动中形成并保存的记录（如承运人的签收记录、签收底单），记载签收人和签收时间，其证明的事实取决于该记录本身，而非发送相关消息的微信账号归谁（%s），足以单独证明该事实",
					"%s is filed: a third party's record made and kept in the ordinary course of its business (a carrier's record of the delivery and who signed for it), which proves the fact by itself, whoever holds the WeChat account the messages came from (%s)"),
			entry("receiptAdmittedLink",
					"对方在答辩中主张该款项系赠与或基于其他法律关系，即承认收到了该笔款项（民诉法解释第九十二条第一款）：款项交付据此可以认定，即使所提交的该笔转账的复制件不能采信（复制件的问题仍须按该证据的提示处理）",
					"the opponent's answer, pleading a gift or another relationship, admits receiving the payment (CPL Interpretation Art. 92(1)): the delivery stands on that, though the copy filed of the transfer cannot be relied on (its faults are still to be dealt with as the item's note says)"),
			entry("payersWordLink", "转账、红包只证明款项已给付，其用途（以缔结婚姻为目的）仅是付款人自己的备注或说法，须有双方商议彩礼的聊天记录、媒人或亲属的证言、当地习俗等印证",
					"a transfer or red packet shows the money was given; what it was for (marriage) is only the payer's own note or word, and needs the couple's messages about the gift, the matchmaker's or relatives' testimony, or the local custom beside it"),
			entry("countsAs.payersWord", "其用途仅凭付款人之言，对此事实按 %d 计",
					"its purpose rests on the payer's word: counts as %d here"),
			entry("countsAs.unsignedPaper", "对方未签名的纸质单据照片，系本方自己的书写，不能证明款项已交付对方，对此事实按 %d 计",
					"a photo of a paper the opponent never signed, the client's own writing, shows nothing of the money reaching the opponent: counts as %d here"),
			entry("countsAs.partOfSum", "账单在该笔款项的时间记录的是另一金额，不能证明所主张的金额已经交付，对此事实按 %d 计",
					"the bill records another amount at that payment's minute and shows nothing of the sum claimed being paid: counts as %d here"),
			entry("partOfSumLink", "账单在该笔款项的时间记录的是另一金额，只能证明其所载金额的支付：只能按平台记录的金额主张该笔款项，应撤回或更正与之不符的复制件并相应变更诉讼请求",
					"the bill records another amount at that payment's minute and shows only that amount paid: the payment can be claimed only at the amount the platform recorded; withdraw or correct the copy that differs and amend the claim"),
			entry("unsignedPaperLink", "对方未签名的纸质单据照片系本方自己的书写，不能证明款项已交付对方：须以转账记录、银行流水、收条等证明交付",
					"a photo of a paper the opponent never signed is the client's own writing and shows nothing of the money reaching the opponent: the delivery needs the transfer record, a bank statement or a receipt"),
			entry("officialRecordFiled", "已提交%s：国家机关在职权范围内制作的文书，推定其记载的事项为真实（%s），足以单独证明该事实",
					"%s is filed: a record a state organ makes within its powers is presumed true (%s), and proves the fact by itself"),
			entry("alsoShownBy", "%s 已查明同一微信账号为对方所有：该事实在于账号归谁，不取决于某一条记录，可将其一并列为证明此事实的证据",
					"%s already shows the same account is the opponent's: the fact is whose account it is, not what one record says, so offer it for this fact too"),
			entry("accountAdmittedIn",
					"对方已在 %s 中认可该微信账号为其所有：该认可是在诉讼中（答辩状、庭审或证据交换时）作出的，即是对该事实的自认，应在案件材料中将该待证事实标为对方自认（opponentAdmits），该事实无需举证；在诉讼外作出的，是证明该事实的证据，可将所在证据一并列为证明此事实的证据",
					"In %s the opponent admits the account is theirs: if that was said in the proceedings (the answer, the hearing, the evidence exchange), it admits this fact, so mark the fact admitted in the case file (opponentAdmits) and it needs no proof; if it was said outside them, it is evidence of the fact, so offer those items for it too"),
			entry("signedDocumentFiled",
					"另有%s：对方签名或者盖章的书证，推定为真实（%s），足以单独证明该事实。应当提交原件（无法提交原件的，须说明理由）；对方否认签名的，本方应申请笔迹或者印章鉴定",
					"%s is held: a paper the opponent signed or sealed is presumed authentic (%s), and proves the fact by itself. File the original (or explain why it cannot be); if the opponent denies the signature, apply for an appraisal of the handwriting or seal"),
			entry("admissionBinds", "对方已在诉讼中自认，无需举证证明（%s）。但%s：自认即不再免除举证责任，故宜保留证据，并核对答辩状、庭审笔录中自认的原话",
					"the opponent has admitted it in the proceedings, so it needs no proof (%s). But if %s, the admission no longer relieves the client: keep the evidence, and check the admission's words in the answer or the hearing record"),
			entry("admissionBarred", "对方虽予承认，但%s：法院仍依职权查明，须以证据证明",
					"the opponent admits it, but %s: the court finds it itself, and the evidence must prove it"),
			entry("standsAlone", "无需补强（不属于%s不能单独作为认定依据的情形，或已获印证；能否采信仍看风险等级）",
					"needs no corroboration (not among the items %s bars from standing alone, or corroborated; "
							+ "whether it is accepted still turns on its level)"),
			entry("notAlone", "需补强", "needs corroboration"), entry("refused", "通常不予采信", "likely refused"),
			entry("littleSupports", "无削弱因素，但支持这一方面的事实尚不足（见该证据的补强建议）",
					"nothing weakens it, but little supports it yet (see the item's actions)"),
			entry("littleSupportsAskFirst", "无削弱因素，但支持这一方面的事实尚不足；该证据尚有待核实的事实，核实后可能提高（见该证据的待核实事实）",
					"nothing weakens it, but little supports it yet; facts still open may raise it once answered (see the item's open facts)"),
			entry("littleSupportsNoAction", "无削弱因素，但支持这一方面的事实尚不足，该证据本身也无可提升的行动：宜补充其他证据",
					"nothing weakens it, but little supports it yet, and no action raises the item itself: add other evidence"),
			entry("alsoLittleSupports", "；这只是部分原因：即使没有该削弱因素，支持这一方面的事实也尚不足（见该证据的补强建议）",
					"; that is only part of it: even without it, little supports it yet (see the item's actions)"),
			entry("alsoLittleSupportsNoAction", "；这只是部分原因：即使没有该削弱因素，支持这一方面的事实也尚不足，宜补充其他证据",
					"; that is only part of it: even without it, little supports it yet; add other evidence"),
			entry("supportingLink", "辅助环节，不计入案件评分", "a supporting link, not in the case score"),
			entry("nothingHoldsDown", "没有削弱它的因素", "nothing holds it down"),
			entry("planBlocked", "待证事实 %s 尚无可用的证据（未提交证据，或所提交的已被排除、经鉴定被篡改或经核对与原件不符）：对其他证据的补强不能提高案件评分，须先就其提交证据",
					"no usable evidence is offered yet for %s (none at all, or only items excluded, found tampered with, or found not to match their original): strengthening the other items cannot raise the case score until evidence is offered for it"),
			entry("planHeld", "各证据的补强方案都不能提高案件评分：案件评分受最薄弱环节（%s）限制，而该环节的证据没有可提升的行动",
					"none of the items' plans raises the case score: it is held by the weakest link (%s), and no action raises the evidence there"),
			entry("planNoGain", "各证据的补强方案都不能提高案件评分", "none of the items' plans raises the case score"),
			entry("planHeldAtBest", "案件已属低风险，各证据的补强方案不能再提高案件评分：最薄弱环节（%s）的证据已没有可提升的行动（其他证据的补强建议仍可降低其各自的风险）",
					"the case is already at low risk and none of the items' plans raises its score further: no action raises the evidence at the weakest link (%s) (the other items' actions still lower their own risk)"),
			entry("planHeldNotObjected",
					"各证据的补强方案都不能提高案件评分：案件评分受最薄弱环节（%s）限制，该证据的真实性依赖对方质证时未提出异议（而非公证或当庭核对），现有行动不能再提高其评分；对方日后提出异议的，应及时出示原始载体核对或申请公证固定",
					"none of the items' plans raises the case score: it is held by the weakest link (%s), whose authenticity rests on the opponent not objecting at cross-examination (not on notarisation or a check in court), and no action raises it further; should the opponent object later, show the original for checking or have it notarised at once"),
			entry("planHeldAtBestNotObjected",
					"案件已属低风险，各证据的补强方案不能再提高案件评分：最薄弱环节（%s）的证据已没有可提升的行动，但其真实性依赖对方质证时未提出异议（而非公证或当庭核对）；对方日后提出异议的，应及时出示原始载体核对或申请公证固定",
					"the case is already at low risk and none of the items' plans raises its score further: no action raises the evidence at the weakest link (%s), but its authenticity rests on the opponent not objecting at cross-examination (not on notarisation or a check in court); should the opponent object later, show the original for checking or have it notarised at once"),
			entry("planHeldNotObjectedGone",
					"各证据的补强方案都不能提高案件评分：案件评分受最薄弱环节（%s）限制，该证据的真实性依赖对方质证时未提出异议，而原始载体已不在；对方日后提出异议的，应恢复备份（如有）出示原始记录，否则申请法院责令持有该记录的对方提交（民诉法解释第一百一十二条），并以印证该证据的其他证据支持",
					"none of the items' plans raises the case score: it is held by the weakest link (%s), whose authenticity rests on the opponent not objecting at cross-examination, and whose original is gone; should the opponent object later, restore a backup, if there is one, and show the original record, or else apply for an order that the opponent holding the record produce it (CPL Interpretation Art. 112), and rely on the evidence that corroborates it"),
			entry("planHeldAtBestNotObjectedGone",
					"案件已属低风险，各证据的补强方案不能再提高案件评分：最薄弱环节（%s）的证据已没有可提升的行动，但其真实性依赖对方质证时未提出异议，而原始载体已不在；对方日后提出异议的，应恢复备份（如有）出示原始记录，否则申请法院责令持有该记录的对方提交（民诉法解释第一百一十二条），并以印证该证据的其他证据支持",
					"the case is already at low risk and none of the items' plans raises its score further: no action raises the evidence at the weakest link (%s), but its authenticity rests on the opponent not objecting at cross-examination, and its original is gone; should the opponent object later, restore a backup, if there is one, and show the original record, or else apply for an order that the opponent holding the record produce it (CPL Interpretation Art. 112), and rely on the evidence that corroborates it"),
			entry("planHeldNotObjectedBackup",
					"各证据的补强方案都不能提高案件评分：案件评分受最薄弱环节（%s）限制，该证据的真实性依赖对方质证时未提出异议，而原设备上已没有该记录、只存于备份中；对方日后提出异议的，应将备份恢复到手机当庭出示原始记录核对，或在公证员监督下恢复并提取",
					"none of the items' plans raises the case score: it is held by the weakest link (%s), whose authenticity rests on the opponent not objecting at cross-examination, and whose record is no longer on the device but only in a backup; should the opponent object later, restore the backup to a phone and show the original record for checking, or have it restored and extracted before a notary"),
			entry("planHeldAtBestNotObjectedBackup",
					"案件已属低风险，各证据的补强方案不能再提高案件评分：最薄弱环节（%s）的证据已没有可提升的行动，但其真实性依赖对方质证时未提出异议，而原设备上已没有该记录、只存于备份中；对方日后提出异议的，应将备份恢复到手机当庭出示原始记录核对，或在公证员监督下恢复并提取",
					"the case is already at low risk and none of the items' plans raises its score further: no action raises the evidence at the weakest link (%s), but its authenticity rests on the opponent not objecting at cross-examination, and its record is no longer on the device but only in a backup; should the opponent object later, restore the backup to a phone and show the original record for checking, or have it restored and extracted before a notary"),
			entry("avertsSanction", "应当采取（所示评分变化不是采取的理由）：以改动过的记录冒充原始记录提交的，可被罚款、拘留（见该证据的提示）",
					"should be taken (not for any change in the score shown): filing an altered record as the original can be punished by a fine or detention (see the item's note)"),
			entry("required", "不提高本项评分，但仍应采取：程序上需要，或是该事实最直接的证据",
					"raises this item's score no further, but should be done all the same: the procedure requires it, or it is the most direct proof of the fact"),
			entry("keptAvertsSanction", "须实施（不论其对评分的影响）：以改动过的记录冒充原始记录提交的，可被罚款、拘留",
					"to be done whatever it adds to the score: filing an altered record as the original can be punished by a fine or detention"),
			entry("keptRequired", "须实施（不论其对评分的影响）：程序上需要，或是该事实最直接的证据",
					"to be done whatever it adds to the score: the procedure requires it, or it is the most direct proof of the fact"),
			entry("meetsCounterEvidence",
					"不提高本项现有评分，但对方已提交反证、尚未认定是否足以反驳：认定足以反驳的，本项评分将降至 %d，采取此项可保持在 %d；反证在庭审中才认定，届时举证期限通常已届满，不宜等待",
					"raises this item's score no further as it stands, but the opponent has filed counter-evidence not yet weighed: were it found enough to rebut the item, the item would fall to %d, and with this action it would hold at %d; the counter-evidence is weighed at the hearing, usually after the time limit for evidence has ended, so do not wait for the answer"),
			entry("provesFact", "不提高本项评分，但所补充或调取的记录本身足以证明该项证据所证明的事实",
					"raises this item's score no further, but the record it files proves the fact the item is offered for by itself"),
			entry("strengthensFact", "不提高本项评分，但能加强该项证据所证明的事实（证据链中的环节）",
					"raises this item's score no further, but strengthens the fact the item is offered for (a link of its chain)"),
			entry("alsoProvesFact", "不提高本项评分和案件评分，但所补充或调取的记录本身足以证明该项证据所证明的事实，该事实不再只依赖本项证据（本项证据不被采信时，该事实仍有证明）",
					"raises neither this item's score nor the case's, but the record it files proves the fact the item is offered for by itself, so the fact no longer rests on this item alone (should the item be refused, the fact is still proved)"),
			entry("caseGainAlone", "单独采取此项，案件评分由 %d 升至 %d", "done alone, it raises the case score from %d to %d"),
			entry("planNoGainAtBest", "案件已属低风险，各证据的补强方案不能再提高案件评分",
					"the case is already at low risk and none of the items' plans raises its score further"),
			entry("scoreSetOutside", "案件评分（%d）由证据链以外的待证事实 %s（%d）决定，而非证据链（%d）：该事实的证据弱于证据链",
					"the case score (%d) is set by %s (%d), a fact to prove outside the chain, not by the chain (%d): its evidence is weaker than the chain's"),
			entry("chainCaveat", "证据链不完整（缺少：%s）：评分只评价已提交证据的采信风险，不表示待证事实均已证明",
					"the evidence chain is incomplete (missing: %s): the score rates the evidence offered, not whether the claim is proved"),
			entry("element", "要件", "element"), entry("source", "依据", "basis"),
			entry("gather", "可补充的证据", "evidence to look for"),
			entry("filedBeside", "（已随证据提交：%s）", " (already filed with the items: %s)"),
			entry("partsWeighted", "分笔给付：%s；各笔均须分别证明，整体按各笔金额加权计（%d）",
					"paid in parts: %s; each payment must be proved, and the whole is rated by the payments weighted by their amounts (%d)"),
			entry("partsListed", "分笔给付：%s", "paid in parts: %s"),
			entry("partsWhole", "分笔给付：%1$s；%2$s 可单独证明全部款项且不弱于各笔按金额加权的结果，整体以 %2$s 为准",
					"paid in parts: %1$s; %2$s can prove the whole sum on its own and is no weaker than the payments weighted by their amounts, so the whole is as strong as %2$s"),
			entry("disclaimer", "本意见依据规则自动生成，供律师参考，不构成法院对证据的认定（%s）。",
					"Generated by rules for the lawyer's use; not the court's finding on the evidence (%s)."));

	private Labels() {
	}

	/**
	 * That the opinion is not the court's finding, citing the article that leaves the
	 * finding to the judge under the evidence regime the case was assessed in: 证据规定（2001）
	 * 第六十四条 before 2020-05-01, 第八十五条 of the 2019 text after.
	 */
	public static String disclaimer(Opinion opinion, Lang lang) {
		String article = oldRegime(opinion) ? lang.pick("证据规定（2001）第六十四条", "证据规定 (2001) Art. 64")
				: lang.pick("证据规定第八十五条", "证据规定 Art. 85");
		return String.format(of("disclaimer", lang), article);
	}

	/**
	 * That an item counts for a fact at less than its own score, and why (a payment that
	 * shows the purpose of a betrothal gift only by the payer's word, a paper the
	 * opponent never signed offered for a sum paid).
	 */
	public static String countsAs(EvidenceChain.ChainItem item, Lang lang) {
		return String.format(of("countsAs." + item.countsAsBecause(), lang), item.countsAs());
	}

	/**
	 * That a fact's strongest item needs no corroboration, citing the article that bars
	 * items from standing alone under the case's evidence regime: 证据规定（2001）第六十九条 before
	 * 2020-05-01, 第九十条 of the 2019 text after.
	 */
	public static String standsAlone(Opinion opinion, Lang lang) {
		String article = oldRegime(opinion) ? lang.pick("证据规定（2001）第六十九条", "Art. 69 of the 2001 Provisions")
				: lang.pick("第九十条", "Art. 90");
		return String.format(of("standsAlone", lang), article);
	}

	/** The case was assessed under the 2001 Evidence Provisions. */
	private static boolean oldRegime(Opinion opinion) {
		return opinion.stamp().regime().stream().anyMatch(i -> "spc-evidence-2001".equals(i.id()));
	}

	public static String of(String key, Lang lang) {
		String[] word = WORDS.get(key);
		return (word == null) ? key : lang.pick(word[0], word[1]);
	}

	public static String of(Level level, Lang lang) {
		return of(WireNames.of(level), lang);
	}

	/**
	 * A reason's effect in words, as it stands for the item: a need for corroboration
	 * that another record of the case corroborates says so. An item shown untrue or
	 * excluded no longer needs corroboration either, but nothing has met the need.
	 */
	static String effect(Opinion.Reason reason, Opinion.ItemOpinion item, Lang lang) {
		boolean met = "needsCorroboration".equals(reason.effect()) && !item.needsCorroboration()
				&& item.reasons().stream().anyMatch(r -> "corroborates".equals(r.effect()));
		return of(met ? "needsCorroborationMet" : reason.effect(), lang);
	}

	/**
	 * A reason's tag in the text opinion: its effect, its points with their sign, and why
	 * they count for nothing where they do not ({@code 支持 +15 · 不计（真实性已被否定）}).
	 */
	static String tag(Opinion.Reason reason, Opinion.ItemOpinion item, Lang lang) {
		String tag = effect(reason, item, lang)
				+ ((reason.points() != 0) ? String.format(" %+d", reason.points()) : "");
		String notCounted = notCounted(reason, item);
		return (notCounted == null) ? tag : tag + " · " + of(notCounted, lang);
	}

	/**
	 * A reason's points with their sign, or its effect in words when it has none, and
	 * "not counted" where it counts for nothing (the reasons tables of the HTML and PDF
	 * opinions).
	 */
	public static String points(Opinion.Reason reason, Opinion.ItemOpinion item, Lang lang) {
		String points = (reason.points() != 0) ? String.format("%+d", reason.points()) : effect(reason, item, lang);
		return (notCounted(reason, item) == null) ? points : points + " " + of("notCounted", lang);
	}

	private static final Set<String> SPEAKS_FOR = Set.of("supports", "presumesAuthentic", "confirmsAuthentic",
			"corroborates");

	/**
	 * Why a reason that speaks for the item counts for nothing: an appraisal or a check
	 * against the original disproved the item, or it is excluded, and nothing else that
	 * holds of it can ground a finding. {@code null} for any other reason.
	 */
	private static String notCounted(Opinion.Reason reason, Opinion.ItemOpinion item) {
		if (!SPEAKS_FOR.contains(reason.effect()) || reason.points() < 0 || item.usable()) {
			return null;
		}
		return (item.level() == Level.EXCLUDED) ? "notCountedExcluded" : "notCountedDisproved";
	}

	/**
	 * The key of a wire value's words: {@code effort} + {@code low} → {@code effortLow}.
	 */
	private static String key(String prefix, String wireName) {
		return prefix + Character.toUpperCase(wireName.charAt(0)) + wireName.substring(1);
	}

	/** An effort ({@code low}, {@code medium}, {@code high}) in words. */
	static String effort(String effort, Lang lang) {
		return of(key("effort", effort), lang);
	}

	/**
	 * What an action's promised score takes for granted ({@code courtGrants}, …), in
	 * words, one after another; {@code null} for nothing.
	 */
	static String assumes(List<String> assumes, Lang lang) {
		if (assumes.isEmpty()) {
			return null;
		}
		return assumes.stream().map(a -> of(key("assumes", a), lang)).collect(Collectors.joining(lang.pick("；", "; ")));
	}

	/**
	 * The heading of a plan for when its premises fail: "不以“本方曾通过微信向该账号转账”为前提的方案".
	 */
	public static String withoutPremises(List<String> premises, Lang lang) {
		String premised = premises.stream()
			.map(p -> lang.pick("“", "") + of(key("without", p), lang) + lang.pick("”", ""))
			.collect(Collectors.joining(lang.pick("", " or ")));
		return of("planWithout", lang).formatted(premised);
	}

	/**
	 * The heading of an item's plan for when the phone holding its record is gone, with
	 * the score the item would then have.
	 */
	public static String ifDeviceGone(Opinion.PlanIfDeviceGone ifGone, Lang lang) {
		return of("planIfDeviceGone", lang).formatted(ifGone.score(), of(ifGone.level(), lang));
	}

	/**
	 * What a combined plan's score takes for granted: each assumption of its steps once,
	 * or {@code null} when nothing.
	 */
	public static String planAssumes(List<Opinion.PlanStep> steps, Lang lang) {
		return assumes(steps.stream().flatMap(s -> s.assumes().stream()).distinct().toList(), lang);
	}

	/**
	 * What follows for a combined plan's steps whose time limit has passed, one line for
	 * each distinct consequence, with the steps it is for; empty when every step is in
	 * time.
	 */
	public static List<String> planLate(List<Opinion.PlanStep> steps, Lang lang) {
		Map<String, List<String>> late = new LinkedHashMap<>();
		for (int i = 0; i < steps.size(); i++) {
			String after = lang.pick(steps.get(i).afterExpiry(), steps.get(i).afterExpiryEn());
			if (after != null) {
				late.computeIfAbsent(after, a -> new ArrayList<>()).add(String.valueOf(i + 1));
			}
		}
		List<String> lines = new ArrayList<>();
		late.forEach((after, numbers) -> lines
			.add(of("planLate", lang).formatted(String.join(lang.pick("、", ", "), numbers), after)));
		return lines;
	}

	/**
	 * Why an action that gains the item nothing is offered, and what it does for the case
	 * when that is more (the employer's attendance records prove the overtime by
	 * themselves, whatever the employee's own clock-in log is worth); {@code null} for an
	 * action offered for its gain.
	 */
	public static String offeredBecause(Opinion.RemedyOption remedy, int caseScore, Lang lang) {
		if (remedy.offeredBecause() == null) {
			return null;
		}
		String why = of(remedy.offeredBecause(), lang);
		if (remedy.ifRebutted() != null) {
			why = why.formatted(remedy.ifRebutted().without(), remedy.ifRebutted().with());
		}
		if (remedy.caseScoreAfter() <= caseScore) {
			return why;
		}
		return why + (lang == Lang.EN ? "; " : "；")
				+ of("caseGainAlone", lang).formatted(caseScore, remedy.caseScoreAfter());
	}

	/**
	 * The evidence outside WeChat already filed beside a link's items, to be read with
	 * what it says to gather; empty when none is.
	 */
	public static String filedBeside(EvidenceChain.ChainLink link, Lang lang) {
		if (link.filedBeside().isEmpty()) {
			return "";
		}
		return of("filedBeside", lang).formatted(String.join(lang.pick("；", "; "), link.filedBeside()));
	}

	/**
	 * An action's effort, and what its promised score takes for granted when anything:
	 * {@code effort low · if the court grants the application}.
	 */
	static String effortAndAssumption(String effort, List<String> assumes, Lang lang) {
		String words = of("effort", lang) + " " + effort(effort, lang);
		return assumes.isEmpty() ? words : words + " · " + assumes(assumes, lang);
	}

	/**
	 * A case plan's action's effort, and what its score takes for granted, each
	 * assumption that only some of its items need followed by those items.
	 */
	static String effortAndAssumption(Opinion.PlannedAction action, Lang lang) {
		String words = of("effort", lang) + " " + effort(action.effort(), lang)
				+ ((action.keptBecause() != null) ? " · " + of(key("kept", action.keptBecause()), lang) : "");
		if (action.assumes().isEmpty()) {
			return words;
		}
		return words + " · " + action.assumes().stream().map(a -> {
			String label = of(key("assumes", a), lang);
			List<String> only = action.assumedFor().get(a);
			return (only == null) ? label : label + " [" + String.join(", ", only) + "]";
		}).collect(Collectors.joining(lang.pick("；", "; ")));
	}

	/**
	 * A reason in words, with the files and bill rows it rests on when there are any.
	 */
	static String reasonText(Reason reason, Lang lang) {
		String text = lang.pick(reason.text(), reason.textEn());
		if (reason.about() == null || reason.about().isEmpty()) {
			return text;
		}
		return text + lang.pick("（涉及：" + String.join("、", reason.about()) + "）",
				" (about: " + String.join(", ", reason.about()) + ")");
	}

	/**
	 * What answering a question does to the score: the score each answer gives alone, or,
	 * when the answer matters only together with other open facts, that and by how much;
	 * for one asked only because the actions offered take its answer for granted, that.
	 */
	static String questionEffect(OpenQuestion question, Lang lang) {
		if (question.swing() == 0 && question.premise()) {
			return of("premiseOnly", lang);
		}
		if (question.ifBest() == question.ifWorst()) {
			return of("swingTogether", lang) + " " + question.swing();
		}
		return answered(question, true, lang) + " / " + answered(question, false, lang) + " · " + of("swing", lang)
				+ " " + question.swing();
	}

	/**
	 * The score one answer gives, named by the answer: "if no 95" where the question is
	 * yes or no, else "if favourable 95".
	 */
	static String answered(OpenQuestion question, boolean best, Lang lang) {
		return best ? answered(question.bestAnswer(), question.ifBest(), true, lang)
				: answered(question.worstAnswer(), question.ifWorst(), false, lang);
	}

	/**
	 * What a question across items does to the case: the case's score with each answer,
	 * and the most it moves any one item.
	 */
	static String caseQuestionEffect(CaseQuestion question, Lang lang) {
		if (question.swing() == 0 && question.premise()) {
			return of("premiseOnly", lang);
		}
		String items = String.format(of("itemSwing", lang), question.swing());
		if (question.caseSwing() == 0) {
			return of("caseUnchanged", lang) + " · " + items;
		}
		return of("caseIf", lang) + lang.pick("：", ": ")
				+ answered(question.bestAnswer(), question.caseIfBest(), true, lang) + " / "
				+ answered(question.worstAnswer(), question.caseIfWorst(), false, lang) + " · " + items;
	}

	private static String answered(Object answer, int score, boolean best, Lang lang) {
		String label = (answer instanceof Boolean yes) ? of(yes ? "ifYes" : "ifNo", lang)
				: of(best ? "ifBest" : "ifWorst", lang);
		return label + " " + score;
	}

	private static Map.Entry<String, String[]> entry(String key, String zh, String en) {
		return Map.entry(key, new String[] { zh, en });
	}

}
