package com.evidenceassessor.generate;

import java.time.LocalDateTime;

import com.evidenceassessor.facts.CauseOfAction;
import com.evidenceassessor.facts.ChatScope;
import com.evidenceassessor.facts.ItemKind;
import com.evidenceassessor.facts.OutsideEvidenceKind;
import com.evidenceassessor.facts.Relationship;

/**
 * 名誉权纠纷: defamatory posts on WeChat Moments (朋友圈) and in a group chat, fixed by
 * screenshots, sometimes notarised, with friends who saw them.
 */
final class DefamationScenario implements Scenario {

	@Override
	public String slug() {
		return "defamation";
	}

	@Override
	public void fill(CaseDraft c) {
		Dice dice = c.dice;
		c.cause = CauseOfAction.DEFAMATION;
		c.relationship = dice.pick(Relationship.FRIENDS, Relationship.BUSINESS, Relationship.OTHER,
				Relationship.EMPLOYMENT);
		c.title = c.plaintiff + "诉" + c.defendant + "名誉权纠纷（朋友圈）";
		c.fact("statementPublished", "被告在朋友圈发布针对原告的不实言论");
		c.fact("publisherIdentified", "发布该朋友圈的微信账号为被告所有");
		c.fact("reputationHarmed", "statementReached", "该言论为共同好友等第三人知悉，导致原告社会评价降低");
		LocalDateTime posted = c.before(30, 500);
		String accusation = dice.pick("骗子，借钱不还", "卖假货坑熟人", "人品极差，大家小心", "插足别人的婚姻");
		ItemDraft post = c.momentsPost("被告朋友圈发布的帖子截图", posted, c.defendant + "：" + c.plaintiff + "就是个" + accusation)
			.proves("statementPublished", "publisherIdentified", "reputationHarmed");
		c.outside(post, OutsideEvidenceKind.WITNESS, "共同好友看到该朋友圈的证言", 0.4);
		if (dice.chance(0.5)) {
			ItemDraft group = c
				.chat("被告在" + groupOf(c.relationship) + "转发的消息", posted.plusHours(dice.between(1, 72)),
						c.defendant + "：大家看看" + c.plaintiff + "干的好事")
				.proves("statementPublished", "reputationHarmed");
			group.chat = ChatScope.GROUP;
		}
		if (dice.chance(0.4)) {
			// the comments are part of the Moments post, captured with
			// it: a Moments post, not a picture
			c.momentsPost("朋友圈评论区截图（多人点赞评论）", posted.plusDays(1),
					c.defendant + "：" + c.plaintiff + "就是个" + accusation + "\n评论：真的假的？｜已转给朋友看了")
				.proves("reputationHarmed");
		}
		if (dice.chance(0.3)) {
			// an article forwarded in a group spreads the statement; it is not the post
			// (sent to the
			// plaintiff alone it would show no reach:
			// wechat-practice/defamation.private-message-no-reach)
			ItemDraft link = c.linkOrFile(ItemKind.LINK, "被告在群聊中转发的公众号文章链接", posted.plusDays(dice.between(1, 10)))
				.publicPage()
				.proves("reputationHarmed");
			link.chat = ChatScope.GROUP;
		}
		if (dice.chance(0.3)) {
			c.chat("客户因该言论取消合作的聊天记录", posted.plusDays(dice.between(2, 40)), "客户：看了朋友圈，我们先暂停合作吧")
				.proves("reputationHarmed").counterparty = null;
		}
	}

	/** A group the parties could both be in, as they know each other. */
	private static String groupOf(Relationship relationship) {
		return switch (relationship) {
			case BUSINESS -> "行业交流群";
			case EMPLOYMENT -> "公司同事群";
			case FRIENDS -> "同学群";
			default -> "小区业主群";
		};
	}

}
