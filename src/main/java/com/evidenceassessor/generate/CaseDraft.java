package com.evidenceassessor.generate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import com.evidenceassessor.facts.CauseOfAction;
import com.evidenceassessor.facts.Defences;
import com.evidenceassessor.facts.FactToProve;
import com.evidenceassessor.facts.Forum;
import com.evidenceassessor.facts.ImageDetails;
import com.evidenceassessor.facts.ItemKind;
import com.evidenceassessor.facts.LinkDetails;
import com.evidenceassessor.facts.OutsideEvidence;
import com.evidenceassessor.facts.OutsideEvidenceKind;
import com.evidenceassessor.facts.Party;
import com.evidenceassessor.facts.PartyRole;
import com.evidenceassessor.facts.PaymentDetails;
import com.evidenceassessor.facts.PaymentStatus;
import com.evidenceassessor.facts.Relationship;
import com.evidenceassessor.facts.VideoDetails;
import com.evidenceassessor.facts.VideoOrigin;
import com.evidenceassessor.facts.VoiceDetails;

/**
 * A case while a scenario puts it together: parties, facts to prove and item drafts, with
 * helpers for the evidence every dispute uses (chats, voice, payments, images, files).
 */
final class CaseDraft {

	final Dice dice;

	/**
	 * The hearing: drawn first, as the day the items are dated back from, then put back
	 * where the events come too close to it ({@code CaseGenerator.hearingAfterEvents}).
	 */
	LocalDate lawDate;

	final String plaintiff;

	String defendant;

	final String defendantWechatId;

	/**
	 * The person behind the defendant's WeChat account, as chats and transfers name them:
	 * the defendant, or for a company the employee who acts for it.
	 */
	String defendantContact;

	CauseOfAction cause = CauseOfAction.OTHER;

	Relationship relationship;

	/** Who claims, where the cause's chain depends on it (rules/chains.yaml). */
	String claimant;

	String title;

	Defences defences;

	/**
	 * The last day of the time limit for evidence, {@code null} where the case sets none:
	 * fixed once the scenario has filled the case, before the items' circumstances are
	 * drawn.
	 */
	LocalDate evidencePeriodEnds;

	/**
	 * The day the opinion is prepared for, {@code null} where the case file does not say.
	 */
	LocalDate preparedOn;

	/** The court hearing the case: an internet court only for an online tort. */
	Forum forum = Forum.ORDINARY;

	/**
	 * Whether the case is heard online, {@code null} where not said: drawn before the
	 * items' circumstances, as only then are records uploaded to the court's platform.
	 */
	Boolean onlineLitigation;

	/**
	 * The defendant organisation has admitted in the proceedings that its contact, whose
	 * account the records are with, is its staff member acting for it.
	 */
	boolean contactRoleAdmitted;

	final List<Party> parties = new ArrayList<>();

	final List<FactToProve> facts = new ArrayList<>();

	final List<ItemDraft> items = new ArrayList<>();

	CaseDraft(Dice dice, LocalDate lawDate, String plaintiff, String defendant) {
		this.dice = dice;
		this.lawDate = lawDate;
		this.plaintiff = plaintiff;
		this.defendant = defendant;
		this.defendantContact = defendant;
		this.defendantWechatId = FakePeople.wechatId(dice);
		this.parties.add(new Party("plaintiff", PartyRole.PLAINTIFF, plaintiff, true, List.of(), List.of(), null));
		List<String> ids = dice.chance(0.8) ? List.of(this.defendantWechatId) : List.of();
		List<String> phones = dice.chance(0.7) ? List.of(FakePeople.phone(dice)) : List.of();
		this.parties.add(new Party("defendant", PartyRole.DEFENDANT, defendant, null, ids, phones, null));
	}

	/**
	 * The defendant is a company, acting through {@code agent}, whose WeChat account the
	 * chats and transfers are with: the company is the party, the agent its contact.
	 */
	void defendantCompany(String company, String agent) {
		Party person = this.parties.get(1);
		this.defendant = company;
		this.defendantContact = agent;
		this.parties.set(1, new Party(person.id(), person.role(), company, null, person.wechatIds(), List.of(), true));
	}

	/**
	 * A fact to prove that fills the evidence chain's {@code element}; its id is the
	 * element.
	 */
	void fact(String element, String description) {
		fact(element, element, description);
	}

	/**
	 * A fact to prove with its own id: {@code element} is what it fills in the evidence
	 * chain (rules/chains.yaml), {@code null} for a fact outside the chain.
	 */
	void fact(String id, String element, String description) {
		this.facts.add(new FactToProve(id, element, description, null));
	}

	/**
	 * A fact to prove, filling the chain's {@code element}, that the defendant has
	 * admitted in its answer (自认).
	 */
	void admittedFact(String element, String description) {
		this.facts.add(new FactToProve(element, element, description, true));
	}

	/** A moment within the months before the hearing. */
	LocalDateTime before(int minDays, int maxDays) {
		return this.dice.daysBefore(this.lawDate, minDays, maxDays);
	}

	ItemDraft item(ItemKind kind, String title, LocalDateTime time) {
		ItemDraft draft = new ItemDraft("E" + (this.items.size() + 1), kind, title, time);
		if (kind == ItemKind.BILL) {
			// a bill is the account's record of payments, not part of a chat
			draft.chat = null;
		}
		this.items.add(draft);
		return draft;
	}

	ItemDraft chat(String title, LocalDateTime time, String... lines) {
		return item(ItemKind.TEXT, title, time).says(lines);
	}

	ItemDraft voice(String title, LocalDateTime time, String transcript) {
		ItemDraft draft = item(ItemKind.VOICE, title, time).says("（语音）" + transcript);
		Boolean dialect = this.dice.maybe(0.15, 0.3);
		// whether the original audio is kept follows from where the chat is stored
		// (ItemDraft.draw)
		draft.voice = new VoiceDetails(null, this.dice.maybe(0.8, 0.3), this.dice.maybe(0.85, 0.3),
				this.dice.maybe(0.7, 0.3),
				Boolean.TRUE.equals(dialect) ? this.dice.maybe(0.6, 0.2) : this.dice.maybe(0.4, 0.5), dialect);
		return draft;
	}

	/** The most one WeChat transfer moves: a larger sum goes in several transfers. */
	static final BigDecimal MAX_TRANSFER = BigDecimal.valueOf(200000);

	/** The most a WeChat red packet holds on an ordinary day. */
	static final BigDecimal MAX_RED_PACKET = BigDecimal.valueOf(200);

	/** The most a WeChat red packet holds on 5.20 and 七夕. */
	static final BigDecimal MAX_RED_PACKET_LOVERS_DAY = BigDecimal.valueOf(520);

	/**
	 * A sum paid by WeChat transfer: one transfer, or, above {@link #MAX_TRANSFER}, the
	 * largest allowed first and the rest a few minutes later. Each transfer was received:
	 * a payment that founds the claim reached the payee.
	 */
	List<ItemDraft> transfers(BigDecimal amount, LocalDateTime time, String note, boolean outgoing) {
		List<ItemDraft> parts = new ArrayList<>();
		BigDecimal left = amount;
		LocalDateTime at = time;
		while (left.signum() > 0) {
			BigDecimal part = left.min(MAX_TRANSFER);
			parts.add(transfer(part, at, note, outgoing, false));
			left = left.subtract(part);
			at = at.plusMinutes(this.dice.between(1, 6));
		}
		return parts;
	}

	/**
	 * One WeChat transfer (at most {@link #MAX_TRANSFER}), received by the payee.
	 * @param special paid on a festival or birthday, or a symbolic sum
	 */
	ItemDraft transfer(BigDecimal amount, LocalDateTime time, String note, boolean outgoing, boolean special) {
		if (amount.compareTo(MAX_TRANSFER) > 0) {
			throw new IllegalArgumentException("one WeChat transfer moves at most " + MAX_TRANSFER + ": " + amount);
		}
		String direction = outgoing ? "向" + this.defendantContact + "转账" : "收到" + this.defendantContact + "转账";
		String title = String.format("%d年%d月%d日微信%s%s元%s", time.getYear(), time.getMonthValue(), time.getDayOfMonth(),
				direction, amount.toPlainString(), (note != null) ? "（备注：" + note + "）" : "");
		ItemDraft draft = item(ItemKind.TRANSFER, title, time);
		draft.payment = payment(amount, time, note, outgoing, special, PaymentStatus.RECEIVED, outgoing);
		return draft;
	}

	/**
	 * A red packet the client sent on a festival or birthday: at most
	 * {@link #MAX_RED_PACKET} yuan, {@link #MAX_RED_PACKET_LOVERS_DAY} on 5.20 and 七夕;
	 * sometimes never opened or sent back.
	 */
	ItemDraft redPacket(BigDecimal amount, LocalDateTime time, String greeting, boolean loversDay) {
		BigDecimal cap = loversDay ? MAX_RED_PACKET_LOVERS_DAY : MAX_RED_PACKET;
		if (amount.compareTo(cap) > 0) {
			throw new IllegalArgumentException("a red packet on " + time.toLocalDate() + " holds at most " + cap);
		}
		String title = String.format("%d年%d月%d日微信红包%s元（%s）", time.getYear(), time.getMonthValue(), time.getDayOfMonth(),
				amount.toPlainString(), greeting);
		ItemDraft draft = item(ItemKind.RED_PACKET, title, time);
		PaymentStatus status = this.dice.chance(0.93) ? PaymentStatus.RECEIVED
				: this.dice.pick(PaymentStatus.PENDING, PaymentStatus.REFUNDED);
		draft.payment = payment(amount, time, greeting, true, true, status, false);
		return draft;
	}

	/**
	 * A payment's details.
	 * @param voucherable the client can have Tenpay's transfer e-voucher for it: only the
	 * payer of a transfer can ask for one (it is asked for from the payer's transfer
	 * record; a red packet has none), so for anything else a drawn e-voucher turns false
	 */
	private PaymentDetails payment(BigDecimal amount, LocalDateTime time, String note, boolean outgoing,
			boolean special, PaymentStatus status, boolean voucherable) {
		Boolean screenshotOnly = this.dice.maybe(0.3, 0.4);
		Boolean drawnVoucher = this.dice.maybe(0.35, 0.4);
		Boolean eVoucher = (voucherable || !Boolean.TRUE.equals(drawnVoucher)) ? drawnVoucher : Boolean.FALSE;
		// the payee's real name is what Tenpay's e-voucher shows (a transfer's own
		// details show the nickname): shown with one, not without; on money the client
		// received, the payee is the client; a red packet has no e-voucher
		Boolean payee = (outgoing && voucherable) ? eVoucher : null;
		return new PaymentDetails(amount, time, note, status, outgoing, payee, screenshotOnly, eVoucher,
				special ? Boolean.TRUE : this.dice.maybe(0, 0.7));
	}

	ItemDraft image(String title, LocalDateTime time, boolean paperDocument) {
		ImageDetails details = imageDetails(paperDocument);
		ItemDraft draft = item(ItemKind.IMAGE, title, time);
		draft.image = details;
		return draft;
	}

	/**
	 * A photo of an IOU, titled by what it shows: whether the defendant signed it is
	 * drawn first, so that only an IOU the defendant signed is called the defendant's
	 * handwritten IOU.
	 */
	ItemDraft iouPhoto(LocalDateTime time) {
		ImageDetails details = imageDetails(true);
		Boolean signed = details.paperSignedByOpponent();
		String title = Boolean.TRUE.equals(signed) ? "被告手写借条照片" : Boolean.FALSE.equals(signed) ? "借条照片（无被告签名）" : "借条照片";
		ItemDraft draft = item(ItemKind.IMAGE, title, time).photo();
		draft.image = details;
		return draft;
	}

	/**
	 * What an image shows; for a paper document, whether its original is at hand (where
	 * the case lists it, see outside) and whether the opponent signed it.
	 */
	private ImageDetails imageDetails(boolean paperDocument) {
		return new ImageDetails(this.dice.maybe(0.3, 0.6), paperDocument ? Boolean.TRUE : this.dice.maybe(0, 0.7),
				paperDocument ? this.dice.maybe(0, 0.5) : null, paperDocument ? this.dice.maybe(0.6, 0.3) : null, null);
	}

	ItemDraft video(String title, LocalDateTime time) {
		ItemDraft draft = item(ItemKind.VIDEO, title, time);
		draft.video = new VideoDetails(this.dice.orUnknown(this.dice.pick(VideoOrigin.values()), 0.3),
				this.dice.maybe(0.08, 0.5), this.dice.maybe(0.3, 0.6), null, null, null);
		return draft;
	}

	/**
	 * A link, or a file sent in the chat. A file saved before it expired is held itself
	 * (EvidenceFiles attaches it), so its content is preserved, not only its name; an
	 * expired one is held by its name alone, like a bare link.
	 */
	ItemDraft linkOrFile(ItemKind kind, String title, LocalDateTime time) {
		ItemDraft draft = item(kind, title, time);
		Boolean drawnOpened = this.dice.maybe(0.6, 0.4);
		Boolean expired = (kind == ItemKind.FILE) ? this.dice.maybe(0.15, 0.5) : null;
		// a file whose content was fixed was saved before it could expire
		Boolean opened = Boolean.TRUE.equals(expired) && Boolean.TRUE.equals(drawnOpened) ? Boolean.FALSE : drawnOpened;
		draft.link = new LinkDetails(opened, expired, null, null);
		if (draft.fileHeld()) {
			draft.link = new LinkDetails(Boolean.TRUE, expired, null, null);
		}
		return draft;
	}

	ItemDraft momentsPost(String title, LocalDateTime time, String text) {
		ItemDraft draft = item(ItemKind.MOMENTS_POST, title, time).says(text);
		draft.chat = com.evidenceassessor.facts.ChatScope.MOMENTS;
		return draft;
	}

	/**
	 * Sometimes evidence outside WeChat points to the same fact. The paper original of a
	 * photographed document (an IOU, a contract) is no such evidence: it is the same
	 * document, so the photo says its original is in hand instead.
	 */
	void outside(ItemDraft item, OutsideEvidenceKind kind, String description, double probability) {
		if (this.dice.chance(probability)) {
			ImageDetails image = item.image;
			boolean paper = kind == OutsideEvidenceKind.IOU || kind == OutsideEvidenceKind.CONTRACT;
			if (paper && image != null && Boolean.TRUE.equals(image.depictsPaperDocument())) {
				item.image = new ImageDetails(image.notarizedWithRecord(), Boolean.TRUE, Boolean.TRUE,
						image.paperSignedByOpponent(), image.depictsEvent());
			}
			else {
				item.outsideEvidence.add(new OutsideEvidence(kind, description));
			}
		}
	}

}
