package com.evidenceassessor.facts;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * One piece of WeChat evidence as the rules see it. Immutable: rules read it and insert
 * findings, they never change it. Every group is present (a group the case file leaves
 * out is all unknown) so a rule can write {@code custody.notarized == true} without null
 * checks; a {@code null} field means unknown.
 *
 * @param id the item's id in the case, e.g. {@code E1}
 * @param title what the lawyer calls it
 * @param kind text, image, voice, video, link, file, transfer, red packet, Moments post,
 * bill
 * @param chat private or group chat, Moments, Official Account
 * @param counterparty the id of the party on the other end of the record
 * @param submittedBy the id of the party who submits it (defaults to the client)
 * @param time when the message was sent or the payment made (UTC+8), as claimed
 * @param proves the ids of the facts to prove this item is offered for
 * @param files the files that hold it, relative to the case folder
 * @param custody how it was kept, collected, preserved and presented
 * @param identity what ties the counterparty's account to the party
 * @param completeness whether the record is whole and unaltered
 * @param environment the system it was made in
 * @param presumptions the 证据规定 Art. 94(1) situations
 * @param acquisition how it was obtained
 * @param dispute what the other side says and the procedural state
 * @param voice voice-message details
 * @param video video details
 * @param link link and file details
 * @param image image details
 * @param payment transfer and red-packet details
 * @param corroboratedBy ids of other items in the case that point to the same fact
 * @param outsideEvidence evidence outside WeChat that points to the same fact
 * @param notes the lawyer's notes; never read by the rules
 */
public record EvidenceItem(String id, String title, ItemKind kind, ChatScope chat, String counterparty,
		String submittedBy, LocalDateTime time, List<String> proves, List<EvidenceFile> files, Custody custody,
		Identity identity, Completeness completeness, Environment environment, Presumptions presumptions,
		Acquisition acquisition, Dispute dispute, VoiceDetails voice, VideoDetails video, LinkDetails link,
		ImageDetails image, PaymentDetails payment, List<String> corroboratedBy, List<OutsideEvidence> outsideEvidence,
		String notes) {

	/**
	 * The kinds whose content is unclear only as copied, and reads on the device: a
	 * message, a link or file, a payment ({@link #readInCourt}).
	 */
	private static final Set<ItemKind> UNCLEAR_AS_COPIED = EnumSet.of(ItemKind.TEXT, ItemKind.LINK, ItemKind.FILE,
			ItemKind.TRANSFER, ItemKind.RED_PACKET);

	public EvidenceItem {
		proves = copy(proves);
		files = copy(files);
		corroboratedBy = copy(corroboratedBy);
		outsideEvidence = copy(outsideEvidence);
		custody = (custody != null) ? custody : Custody.UNKNOWN;
		identity = (identity != null) ? identity : Identity.UNKNOWN;
		completeness = (completeness != null) ? completeness : Completeness.UNKNOWN;
		environment = (environment != null) ? environment : Environment.UNKNOWN;
		presumptions = (presumptions != null) ? presumptions : Presumptions.UNKNOWN;
		acquisition = (acquisition != null) ? acquisition : Acquisition.UNKNOWN;
		dispute = (dispute != null) ? dispute : Dispute.UNKNOWN;
		voice = (voice != null) ? voice : VoiceDetails.UNKNOWN;
		video = (video != null) ? video : VideoDetails.UNKNOWN;
		link = (link != null) ? link : LinkDetails.UNKNOWN;
		image = (image != null) ? image : ImageDetails.UNKNOWN;
		payment = (payment != null) ? payment : PaymentDetails.UNKNOWN;
	}

	/** The item is offered for at least one of these facts to prove. */
	public boolean provesAnyOf(List<String> facts) {
		return this.proves.stream().anyMatch(facts::contains);
	}

	/** The item is a payment record (transfer or red packet). */
	public boolean moneyItem() {
		return this.kind.payment();
	}

	/**
	 * When the payment was made: the payment's own time, else the item's; {@code null}
	 * when the case file gives neither.
	 */
	public LocalDateTime paidAt() {
		return (this.payment.time() != null) ? this.payment.time() : this.time;
	}

	/**
	 * Nothing shows the copy to be unfaithful: no appraisal found it tampered with, and
	 * no check against the original found it different.
	 */
	public boolean copyFaithful() {
		return this.dispute.appraisal() != Appraisal.TAMPERED && this.custody.copyCheck() != CopyCheck.MISMATCH;
	}

	/**
	 * The record filed shows on its face that it may have been altered: editing signs, a
	 * video's editing traces, a suspected fake-chat tool, a copy shown not to be faithful
	 * ({@link #copyFaithful}), or a record seen through a modified client, which can show
	 * what the data does not hold (review round 54, syn-61283-00006 E2). Such signs are
	 * counter-evidence against a presumption of the way the data was formed or kept
	 * (证据规定第九十四条第一款第（三）至（五）项), which speaks of the data, not of an altered copy of it.
	 */
	public boolean showsAlteration() {
		return Boolean.TRUE.equals(this.completeness.editingSigns()) || Boolean.TRUE.equals(this.video.editingTraces())
				|| Boolean.TRUE.equals(this.environment.fakeChatGeneratorSuspected()) || !copyFaithful()
				|| Boolean.FALSE.equals(this.environment.officialClient());
	}

	/**
	 * An item with this counterparty is with the party given, or the party is not named
	 * ({@code null}): a photo of a paper the client took itself names no account. Static,
	 * so that a rule tests it in another item's pattern.
	 */
	public static boolean withParty(String counterparty, String party) {
		return party == null || party.equals(counterparty);
	}

	/**
	 * The opponent can check the record against its own end of it: as the case file says,
	 * or, where it does not say, when the opponent took part in the chat
	 * ({@link #opponentInChat}) or published the Moments post (it sees the whole post and
	 * every comment under it).
	 */
	public boolean opponentCanCheck() {
		if (this.dispute.opponentCanVerify() != null) {
			return this.dispute.opponentCanVerify();
		}
		return opponentInChat() || (this.counterparty != null && this.kind == ItemKind.MOMENTS_POST);
	}

	/**
	 * The opponent is on the other end of the chat: a private chat with it, or a group it
	 * is in (its account is the record's counterparty; review round 43, syn-61807-00007
	 * E1 asked whether the supervisor who wrote in the group was in it).
	 */
	public boolean opponentInChat() {
		return this.counterparty != null && (this.chat == ChatScope.PRIVATE || this.chat == ChatScope.GROUP);
	}

	/**
	 * The case file holds evidence outside WeChat that is not this record again: the
	 * client's own export of the attendance data does not corroborate the client's own
	 * clock-in log (an image or file in no chat and with no counterparty), being a second
	 * copy of the same record.
	 */
	public boolean independentOutsideEvidence() {
		return independentOf(this.outsideEvidence, ownAppRecord());
	}

	/**
	 * Of the evidence outside WeChat {@code outside}, some is not again the record of an
	 * item that is ({@code ownAppRecord}) or is not the client's own clock-in log: for
	 * evidence filed with another item offered for the same fact, it is this item that
	 * matters (review round 52, syn-30517-00013: the attendance export filed with the
	 * client's clock-in log is a copy of that log, yet corroborates the video of the
	 * overtime). Static, so that a rule names the properties it reads.
	 */
	public static boolean independentOf(List<OutsideEvidence> outside, boolean ownAppRecord) {
		return outside.stream().anyMatch(e -> !(ownAppRecord && e.kind() == OutsideEvidenceKind.ATTENDANCE_RECORD));
	}

	/**
	 * The record is kept on a platform's servers, not only on the phone, so a phone gone
	 * leaves its copy not yet checked rather than uncheckable: a payment (WeChat Pay's
	 * bills, shown from any phone logged in to the account), in a labour case the
	 * client's own app record (a WeCom clock-in log, shown from the app), or a Moments
	 * post (or a picture or comment in one) not known to be deleted (Moments are kept on
	 * WeChat's servers and seen from the client's account on any phone, while the
	 * publisher has not deleted or hidden the post). Static, so that a rule names the
	 * properties it reads (the cause comes from another pattern).
	 */
	public static boolean keptOnServers(ItemKind kind, ChatScope chat, String counterparty,
			OriginalUnavailableReason reason, CauseOfAction cause) {
		return keptOnServers(kind, chat, counterparty, cause)
				|| (ofAPost(kind, chat) && reason != OriginalUnavailableReason.DELETED_BY_USER
						&& reason != OriginalUnavailableReason.UNOBTAINABLE);
	}

	/**
	 * The same, as rule sets written before Moments posts were counted called it: a
	 * payment or an app's own record. Kept so that older rule sets still load, and
	 * {@code rules impact} can compare against them.
	 */
	public static boolean keptOnServers(ItemKind kind, ChatScope chat, String counterparty, CauseOfAction cause) {
		return kind.payment() || appLog(kind, chat, counterparty, cause);
	}

	/**
	 * In a labour case, an app's own record of the worker's attendance (a WeCom or
	 * DingTalk clock-in log: {@link #ownAppRecord()}), kept on the app's servers.
	 */
	public boolean appLogIn(CauseOfAction cause) {
		return appLog(this.kind, this.chat, this.counterparty, cause);
	}

	private static boolean appLog(ItemKind kind, ChatScope chat, String counterparty, CauseOfAction cause) {
		return cause == CauseOfAction.LABOUR && ownAppRecord(kind, chat, counterparty);
	}

	/**
	 * A record of the client's own in an app, not of a chat with anyone (a WeCom clock-in
	 * log): an image or file in no chat and with no counterparty.
	 */
	public boolean ownAppRecord() {
		return ownAppRecord(this.kind, this.chat, this.counterparty);
	}

	/** The same, from the item's kind, chat and counterparty (for the generator). */
	public static boolean ownAppRecord(ItemKind kind, ChatScope chat, String counterparty) {
		return chat == null && counterparty == null && (kind == ItemKind.IMAGE || kind == ItemKind.FILE);
	}

	/**
	 * The record was made (a bill exported, a demand sent) after {@code day}:
	 * {@code false} when either is unknown.
	 */
	public boolean madeAfter(LocalDate day) {
		return madeAfter(this.time, day);
	}

	/**
	 * Whether the item is filed after the time limit for evidence that ended on
	 * {@code limitEnds}: as the case file says ({@code dispute.submittedInTime}), else
	 * {@code true} where the record was made after that day and so cannot have been filed
	 * within it, else {@code null}.
	 */
	public Boolean filedLate(LocalDate limitEnds) {
		return filedLate(this.dispute.submittedInTime(), this.time, limitEnds);
	}

	/**
	 * {@link #madeAfter(LocalDate)} of a record made at {@code time}: static, so that a
	 * rule names the properties it reads (the case's day comes from another pattern).
	 */
	public static boolean madeAfter(LocalDateTime time, LocalDate day) {
		return day != null && time != null && time.toLocalDate().isAfter(day);
	}

	/** {@link #filedLate(LocalDate)} from the item's properties, for the rules. */
	public static Boolean filedLate(Boolean submittedInTime, LocalDateTime time, LocalDate limitEnds) {
		if (submittedInTime != null) {
			return !submittedInTime;
		}
		return madeAfter(time, limitEnds) ? Boolean.TRUE : null;
	}

	/**
	 * A Moments post, or its comments or pictures filed as an item of their own: on the
	 * publisher's account, seen from any phone, and there until the publisher deletes or
	 * hides it.
	 */
	public boolean ofAPost() {
		return ofAPost(this.kind, this.chat);
	}

	private static boolean ofAPost(ItemKind kind, ChatScope chat) {
		return kind == ItemKind.MOMENTS_POST || chat == ChatScope.MOMENTS;
	}

	/**
	 * A third party's own record opened from a link (a carrier's tracking page), its
	 * content fixed with it: it is checked against what its keeper holds, not against the
	 * phone the link was received on, and what it shows does not depend on the chat it
	 * was sent in.
	 */
	public boolean thirdPartyPageFixed() {
		return (this.kind == ItemKind.LINK || this.kind == ItemKind.FILE) && this.link != null
				&& Boolean.TRUE.equals(this.link.thirdPartyRecord())
				&& Boolean.TRUE.equals(this.link.openedContentPreserved());
	}

	/**
	 * A backup can hold the item's original data: a chat's record (a private chat, a
	 * group, an official account) in WeChat's chat backup or migration, or a video kept
	 * outside WeChat in the recording phone's cloud album or a copy on a computer. Not a
	 * Moments post, which is on WeChat's servers, nor an app's own record, which is on
	 * the app's.
	 */
	public boolean backupCanHold() {
		boolean outside = this.video != null && Boolean.TRUE.equals(this.video.outsideWeChat());
		if (outside) {
			return this.kind == ItemKind.VIDEO;
		}
		return this.chat == ChatScope.PRIVATE || this.chat == ChatScope.GROUP
				|| this.chat == ChatScope.OFFICIAL_ACCOUNT;
	}

	/**
	 * A photo of a paper document (an IOU, a contract): a copy of that document
	 * (证据规定第十一条), so what fixes or shows the photo — a notary, the phone in court — shows
	 * the photo, not that the paper is genuine.
	 */
	public boolean paperPhoto() {
		return this.kind == ItemKind.IMAGE && Boolean.TRUE.equals(this.image.depictsPaperDocument());
	}

	/**
	 * A photo of a paper document the opponent signed, whose original is produced and
	 * which the photo shows faithfully: the signature ties the document to the opponent
	 * (证据规定第九十二条第二款; 2001: 第七十条第（一）项), whoever holds the account that sent it.
	 */
	public boolean signedPaperPhoto() {
		return signedPaperProduced() && copyFaithful();
	}

	/**
	 * A photo of a paper document the opponent signed, whose original is produced: the
	 * paper is evidence of its own, presumed true (证据规定第九十二条第二款), however the photo of it
	 * fares.
	 */
	public boolean signedPaperProduced() {
		return paperPhoto() && Boolean.TRUE.equals(this.image.paperOriginalAvailable())
				&& Boolean.TRUE.equals(this.image.paperSignedByOpponent());
	}

	/**
	 * The opponent denies the signature on the paper the photo shows with reasons, and
	 * neither an appraisal nor the opponent's own admission has answered the denial: the
	 * condition of spc-evidence-2019/92-1.signature-disputed, under which the party
	 * relying on the paper proves the signature (证据规定第九十二条第一款).
	 */
	public boolean signatureDeniedWithReasons() {
		return Boolean.TRUE.equals(this.dispute.authenticityDisputed())
				&& Boolean.TRUE.equals(this.dispute.reasonableGrounds())
				&& this.dispute.appraisal() != Appraisal.AUTHENTIC
				&& !Boolean.TRUE.equals(this.dispute.admittedByOpponent());
	}

	/**
	 * The item whose ties of the account to the opponent make the account's weak pointers
	 * (its WeChat ID, profile page) add nothing: this item, or none ({@code null}) for
	 * the photo of a paper the opponent signed, whose pointers count all the same — the
	 * signature ties that document, not the account, and a tie of the account takes the
	 * signature's place, not the pointers' (so that tying the account never lowers the
	 * photo); nor for a third party's page opened from a link and fixed, which proves
	 * what it shows whoever's account sent it, and so ties no account: the pointers still
	 * speak for the account, for this item's chat and the others of the same account
	 * (review round 50, syn-71293-00015: fixing the carrier's page withdrew the pointers
	 * the other items' tie rested on).
	 */
	public String accountTiesFor() {
		return (signedPaperPhoto() || thirdPartyPageFixed()) ? null : this.id;
	}

	/**
	 * The item whose doubts about its authenticity stand against the opponent's silence
	 * at cross-examination: this item where the opponent could not check the record
	 * ({@link #opponentCanCheck()}), none ({@code null}) where it could, its silence then
	 * answering them.
	 */
	public String doubtsStandFor() {
		return opponentCanCheck() ? null : this.id;
	}

	/**
	 * The record's own content names the party ({@code identity.contentSelfIdentifies})
	 * in a way that points to who uses the account: a payment has no content but its note
	 * (the payee's real name is {@code payment.payeeRealNameShown}), so one without a
	 * note names no one, and the note of one the client made is the client's own writing
	 * (review round 42); a photographed paper names the party in its drafter's hand,
	 * which points to the party only where the opponent signed it (an unsigned IOU is
	 * usually written by the lender).
	 */
	public boolean contentNamesParty() {
		if (!Boolean.TRUE.equals(this.identity.contentSelfIdentifies())) {
			return false;
		}
		if (moneyItem()) {
			return this.payment.note() != null && !this.payment.note().isBlank()
					&& Boolean.FALSE.equals(this.payment.outgoing());
		}
		return !paperPhoto() || Boolean.TRUE.equals(this.image.paperSignedByOpponent());
	}

	/**
	 * A photo of an event, people or a place (an engagement banquet), not of a paper: it
	 * proves by what it shows, so whose account sent it is not weighed, for or against.
	 */
	public boolean eventPhoto() {
		return this.kind == ItemKind.IMAGE && Boolean.TRUE.equals(this.image.depictsEvent())
				&& !Boolean.TRUE.equals(this.image.depictsPaperDocument());
	}

	/**
	 * The item proves by what it shows, so whose account sent or received it is not
	 * weighed, for or against: a photo of an event, or a video the client filmed (the
	 * goods unloaded, the office at night), whose place, time and people are what count.
	 */
	public boolean showsWhatItProves() {
		return eventPhoto() || (this.kind == ItemKind.VIDEO && this.video.origin() == VideoOrigin.SELF_RECORDED);
	}

	/**
	 * When the record was made can be read: the copy shows full dates, or the case file
	 * does not say it does not; or the record was shown on the device, where the dates
	 * are there to read; or it is a bill, or a payment whose Tenpay e-voucher is held,
	 * both of which carry them; or a video whose recording time can be shown (the file's
	 * details, a clock in the picture).
	 */
	public boolean datesReadable() {
		return !Boolean.FALSE.equals(this.completeness.fullTimestamps())
				|| Boolean.TRUE.equals(this.custody.shownInCourt()) || this.kind == ItemKind.BILL
				|| Boolean.TRUE.equals(this.payment.eVoucher())
				|| (this.kind == ItemKind.VIDEO && Boolean.TRUE.equals(this.video.recordingTimeShown()));
	}

	/**
	 * Its content can be read, however unclear the copy filed: a message, a link or file,
	 * or a payment, unclear only as copied, that was shown on the device in court and
	 * checked there, where the court read it (a picture, a voice message or a video is
	 * unclear in itself, and reads no better on the phone; a file that expired shows only
	 * its name).
	 */
	public boolean readInCourt() {
		return Boolean.TRUE.equals(this.custody.shownInCourt()) && this.custody.copyCheck() == CopyCheck.VERIFIED
				&& UNCLEAR_AS_COPIED.contains(this.kind) && !Boolean.TRUE.equals(this.link.fileExpired());
	}

	/**
	 * Two items, given by their kinds, chats and counterparties, are two excerpts of one
	 * record: of the same kind, from the one private chat with the same counterparty.
	 * They are one source, not two, and do not corroborate each other (证据规定第八十八条): if the
	 * chat is not genuine, neither is. Static, so that a rule tests it in the other
	 * item's own pattern.
	 */
	public static boolean sameSource(ItemKind kind, ChatScope chat, String counterparty, ItemKind otherKind,
			ChatScope otherChat, String otherCounterparty) {
		return kind == otherKind && samePrivateChat(chat, counterparty, otherChat, otherCounterparty);
	}

	/**
	 * Two items, given by their chats and counterparties, come from the one private chat
	 * with the same counterparty: one conversation, whatever their kinds.
	 */
	public static boolean samePrivateChat(ChatScope chat, String counterparty, ChatScope otherChat,
			String otherCounterparty) {
		return chat == ChatScope.PRIVATE && otherChat == ChatScope.PRIVATE && counterparty != null
				&& counterparty.equals(otherCounterparty);
	}

	/**
	 * The item is offered for one of {@code facts}, or either offers nothing (kept for
	 * rule files written before {@link #shareAFact}).
	 */
	public boolean sharesAFactWith(List<String> facts) {
		return shareAFact(this.proves, facts, List.of());
	}

	/**
	 * Two items offered for {@code these} and {@code those} share a fact not among
	 * {@code besides} (the facts the opponent admits, which need no proof), or either
	 * offers nothing: two items that corroborate each other point to the same fact
	 * (证据规定第八十八条). Static, so that a rule names the property it reads.
	 */
	public static boolean shareAFact(List<String> these, List<String> those, List<?> besides) {
		return these.isEmpty() || those.isEmpty()
				|| these.stream().anyMatch(f -> those.contains(f) && !besides.contains(f));
	}

	/**
	 * Other evidence, in the case or outside WeChat, is said to point to the same fact.
	 */
	public boolean hasCorroborationListed() {
		return !this.corroboratedBy.isEmpty() || !this.outsideEvidence.isEmpty();
	}

	static <T> List<T> copy(List<T> list) {
		return (list != null) ? List.copyOf(list) : List.of();
	}

}
