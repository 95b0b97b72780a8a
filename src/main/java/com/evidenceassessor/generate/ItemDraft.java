package com.evidenceassessor.generate;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import com.evidenceassessor.facts.Acquisition;
import com.evidenceassessor.facts.Appraisal;
import com.evidenceassessor.facts.ChatScope;
import com.evidenceassessor.facts.Completeness;
import com.evidenceassessor.facts.CopyCheck;
import com.evidenceassessor.facts.Custody;
import com.evidenceassessor.facts.Dispute;
import com.evidenceassessor.facts.Environment;
import com.evidenceassessor.facts.EvidenceFile;
import com.evidenceassessor.facts.EvidenceItem;
import com.evidenceassessor.facts.Extractor;
import com.evidenceassessor.facts.Identity;
import com.evidenceassessor.facts.ImageDetails;
import com.evidenceassessor.facts.ItemKind;
import com.evidenceassessor.facts.LinkDetails;
import com.evidenceassessor.facts.NotarizationScope;
import com.evidenceassessor.facts.OutsideEvidence;
import com.evidenceassessor.facts.PaymentDetails;
import com.evidenceassessor.facts.PaymentStatus;
import com.evidenceassessor.facts.Presumptions;
import com.evidenceassessor.facts.Relationship;
import com.evidenceassessor.facts.SubmissionForm;
import com.evidenceassessor.facts.VideoDetails;
import com.evidenceassessor.facts.VideoOrigin;
import com.evidenceassessor.facts.VoiceDetails;

/**
 * An evidence item while a scenario puts it together: what the scenario decides (kind,
 * title, what it proves, payment, chat lines), the circumstances drawn at the end.
 */
final class ItemDraft {

	final String id;

	final ItemKind kind;

	final String title;

	final LocalDateTime time;

	ChatScope chat = ChatScope.PRIVATE;

	String counterparty = "defendant";

	/** The app on the client's phone the record is kept in. */
	String app = "微信";

	/**
	 * The record was formed in a business's ordinary activity (证据规定第九十四条第一款第（三）项): see
	 * {@link #businessRecord()}.
	 */
	private boolean businessRecord;

	/**
	 * The opponent's defence admits receiving this payment: see
	 * {@link #receiptAdmitted()}.
	 */
	private boolean receiptAdmitted;

	/** A photo taken with a camera and sent in the chat: see {@link #photo()}. */
	private boolean photo;

	final List<String> proves = new ArrayList<>();

	final List<EvidenceFile> files = new ArrayList<>();

	final List<String> corroboratedBy = new ArrayList<>();

	final List<OutsideEvidence> outsideEvidence = new ArrayList<>();

	/** What the chat said, for the exported chat file: "who: what" lines. */
	final List<String> chatLines = new ArrayList<>();

	PaymentDetails payment;

	VoiceDetails voice;

	VideoDetails video;

	LinkDetails link;

	ImageDetails image;

	String notes;

	// drawn once the case is put together (draw), before its files are written
	private Dispute dispute;

	private Custody custody;

	private Identity identity;

	private Completeness completeness;

	private Environment environment;

	private Presumptions presumptions;

	private Acquisition acquisition;

	ItemDraft(String id, ItemKind kind, String title, LocalDateTime time) {
		this.id = id;
		this.kind = kind;
		this.title = title;
		this.time = time;
	}

	ItemDraft proves(String... facts) {
		this.proves.addAll(List.of(facts));
		return this;
	}

	/**
	 * A video the client recorded with the phone's camera and kept on the device, never
	 * sent in a chat: no chat, no counterparty account, no WeChat client facts.
	 */
	ItemDraft outsideWeChat() {
		this.video = new VideoDetails(VideoOrigin.SELF_RECORDED, this.video.editingTraces(), this.video.burnedToDisc(),
				Boolean.TRUE, this.video.recordingTimeShown(), this.video.placeIdentifiable());
		this.chat = null;
		this.counterparty = null;
		return this;
	}

	/**
	 * A screenshot of an app's own record (an attendance log), not of a chat: no chat, no
	 * counterparty account, and the app's client software, not WeChat's.
	 */
	ItemDraft appRecord(String app) {
		this.app = app;
		this.chat = null;
		this.counterparty = null;
		return this;
	}

	/**
	 * A record formed in a business's ordinary activity: an order, a contract, a delivery
	 * note or a payment between the parties to a sale, or the employer's own records (its
	 * attendance system, the rosters it sends). Only such a record may be said to be
	 * formed in normal business activity; a private chat or transfer between friends or
	 * partners, or a video the client filmed, never is.
	 */
	ItemDraft businessRecord() {
		this.businessRecord = true;
		return this;
	}

	/**
	 * A link to a page a third party keeps (a carrier's tracking page): it shows the fact
	 * by itself, whoever sent the link.
	 */
	ItemDraft thirdPartyPage() {
		this.link = new LinkDetails(this.link.openedContentPreserved(), this.link.fileExpired(), Boolean.TRUE,
				this.link.publicPage());
		return this;
	}

	/**
	 * A link to a page anyone can open from its address (a public account's article): its
	 * content can be fixed from any device.
	 */
	ItemDraft publicPage() {
		this.link = new LinkDetails(this.link.openedContentPreserved(), this.link.fileExpired(),
				this.link.thirdPartyRecord(), Boolean.TRUE);
		return this;
	}

	/**
	 * A photo taken with a camera (a banquet, a paper document) and sent in the chat, not
	 * a screenshot of its messages: no conversation to be whole or excerpted, nor any
	 * message in it deleted or recalled.
	 */
	ItemDraft photo() {
		this.photo = true;
		return this;
	}

	/**
	 * A photo of an event (a banquet): it shows people and a place, no paper document.
	 */
	ItemDraft event() {
		ImageDetails i = this.image;
		this.image = new ImageDetails(i.notarizedWithRecord(), Boolean.FALSE, null, null, Boolean.TRUE);
		return photo();
	}

	/**
	 * A payment the opponent's pleaded defence admits he received, saying it was
	 * something other than what the client claims (a gift, the repayment of another
	 * debt): he does not dispute the record of it.
	 */
	ItemDraft receiptAdmitted() {
		this.receiptAdmitted = true;
		return this;
	}

	/** The payment reached the payee after all. */
	void received() {
		PaymentDetails p = this.payment;
		this.payment = new PaymentDetails(p.amount(), p.time(), p.note(), PaymentStatus.RECEIVED, p.outgoing(),
				p.payeeRealNameShown(), p.screenshotOnly(), p.eVoucher(), p.specialDate());
	}

	ItemDraft says(String... lines) {
		this.chatLines.addAll(List.of(lines));
		return this;
	}

	/**
	 * The item is a record of the payee's real name: Tenpay's e-voucher, or the details
	 * of a payment the client made, which show the payee's real name.
	 */
	boolean recordsRealName() {
		return (this.payment != null && Boolean.TRUE.equals(this.payment.eVoucher())) || showsPayeesRealName();
	}

	/** A payment the client made, whose details show the payee's real name. */
	private boolean showsPayeesRealName() {
		return this.payment != null && Boolean.TRUE.equals(this.payment.outgoing())
				&& Boolean.TRUE.equals(this.payment.payeeRealNameShown());
	}

	/** A deposit on chain is no later than {@code lastDay} allows. */
	void depositBy(LocalDate lastDay) {
		this.custody = Consistency.depositedBy(this.custody, this.time, lastDay);
	}

	/**
	 * No item of the case records the account's real name: the case file does not say one
	 * does.
	 */
	void forgetRealName() {
		if (this.identity != null) {
			this.identity = Consistency.realNameUnsaid(this.identity);
		}
	}

	/**
	 * A video, or a photo of things rather than of a paper document: it carries no name
	 * or ID of the party.
	 */
	private boolean showsNoName() {
		boolean paper = this.image != null && Boolean.TRUE.equals(this.image.depictsPaperDocument());
		// the notes and greetings written for payments ("借款", "520快乐") name no one
		return this.kind == ItemKind.VIDEO || this.kind.payment() || (this.photo && !paper);
	}

	/** The chat shows a message {@code person} sent: they took part in it. */
	boolean sentBy(String person) {
		return this.chatLines.stream().anyMatch(line -> line.startsWith(person + "："));
	}

	/**
	 * A file sent in the chat and saved before it expired: the client holds the file
	 * itself, not only its name.
	 */
	boolean fileHeld() {
		return this.kind == ItemKind.FILE && !Boolean.TRUE.equals(this.link.fileExpired());
	}

	/**
	 * The chat whose records this item is part of (counterparty and chat), on the
	 * client's phone: its items share where the records live.
	 */
	String chatKey() {
		return this.counterparty + "|" + this.chat;
	}

	/**
	 * Draws the item's circumstances: the chat's store and the counterparty account's
	 * identity, shared with the other items of the chat and account, and what is the
	 * item's own.
	 * @param account the counterparty's account, {@code null} for an item without one
	 * @param billed the case's WeChat Pay bill lists every payment of the case
	 * @param evidencePeriodEnds the last day of the time limit for evidence, {@code null}
	 * where the case sets none
	 * @param periodOver the time limit for evidence had ended by the day the opinion is
	 * prepared: only then can an item have been filed late
	 * @param client the client's name, as its messages in a chat are signed
	 * @param relationship how the parties know each other, {@code null} where not said
	 */
	void draw(Circumstances circumstances, Circumstances.Store store, Identity account, boolean billed,
			LocalDate evidencePeriodEnds, boolean periodOver, String client, Relationship relationship) {
		this.dispute = circumstances.dispute(account, this.chat != null, periodOver);
		boolean paidByOpponent = this.payment != null && Boolean.FALSE.equals(this.payment.outgoing());
		if (paidByOpponent || this.receiptAdmitted) {
			this.dispute = Consistency.undisputedPayment(this.dispute, account);
		}
		this.dispute = Consistency.appraisedInTime(this.dispute, this.time, evidencePeriodEnds, periodOver);
		boolean voucher = this.payment != null && Boolean.TRUE.equals(this.payment.eVoucher());
		this.custody = circumstances.custody(this.kind, this.time, store, this.dispute.appraisal(), voucher);
		if (filedAsExport()) {
			this.custody = Consistency.uploadedAsText(this.custody);
		}
		if (this.kind == ItemKind.BILL) {
			this.custody = Consistency.exported(this.custody);
			this.dispute = Consistency.groundsAgainstAnExport(this.dispute);
		}
		this.dispute = Consistency.asHeard(this.dispute, this.custody, this.time, evidencePeriodEnds, periodOver);
		this.dispute = Consistency.asMismatched(this.dispute, this.custody, paidByOpponent);
		this.dispute = Consistency.overturnsOnlyWhatIsConfirmed(this.dispute, this.custody);
		boolean inWeChat = (this.video == null) || !Boolean.TRUE.equals(this.video.outsideWeChat());
		// the payee's real name on a payment the client made is the opponent's
		this.identity = (account != null) ? circumstances.identity(account, this.kind, showsPayeesRealName()) : null;
		if (this.identity != null && this.identity.voiceprint() != null) {
			this.dispute = Consistency.voiceContested(this.dispute);
		}
		if (this.identity != null && (!this.chatLines.isEmpty() || showsNoName())) {
			// the messages written for the record name no one by name or ID; a video
			// (goods unloaded), a photo of things, not of a paper, or a payment shows no
			// name either
			this.identity = Consistency.namingNoOne(this.identity);
		}
		boolean payment = this.kind.payment() || this.kind == ItemKind.BILL;
		// a single payment record, a video, a photo or a file sent (a contract) is no
		// conversation to be whole or excerpted
		boolean conversation = this.chat != null && !payment && this.kind != ItemKind.VIDEO
				&& this.kind != ItemKind.FILE && !this.photo;
		this.completeness = Consistency.unEditedIfVerified(circumstances.completeness(conversation,
				this.kind == ItemKind.MOMENTS_POST || this.kind == ItemKind.VOICE, this.kind == ItemKind.MOMENTS_POST),
				this.custody);
		this.completeness = Consistency.unEditedIfExtractedByOthers(this.completeness, this.custody, this.kind);
		this.completeness = Consistency.datedIfExported(this.completeness, filedAsExport());
		this.completeness = Consistency.datedIfNotarised(this.completeness, this.custody);
		this.completeness = Consistency.wholeIfCourtPreserved(this.completeness, this.custody);
		this.completeness = Consistency.notWholeIfDeleted(this.completeness);
		if ((this.kind == ItemKind.TEXT || this.kind == ItemKind.VOICE) && this.chat == ChatScope.PRIVATE
				&& this.counterparty != null && !this.chatLines.isEmpty()) {
			// the messages written for the record say whether the opponent answered: the
			// case file says what its transcript shows
			this.completeness = Consistency.answered(this.completeness,
					this.chatLines.stream().anyMatch(line -> !line.startsWith(client + "：")));
		}
		this.environment = inWeChat ? circumstances.environment(this.app, this.chat != null, generatorRuledOut())
				: null;
		if (this.kind == ItemKind.BILL) {
			this.environment = null;
			this.completeness = Consistency.exportedInFull(this.completeness);
		}
		this.presumptions = Consistency.notDeniedAdverseIfReceived(circumstances.presumptions(this.custody.form(),
				voucher, this.businessRecord, this.chat == ChatScope.PRIVATE && this.counterparty != null && !payment,
				Boolean.TRUE.equals(this.custody.preservationPlatform())
						&& this.custody.extractedBy() == Extractor.NEUTRAL_PLATFORM),
				this.payment);
		this.presumptions = Consistency.agreedOnlyAtWork(this.presumptions, relationship);
		// the client's own payments, its own private chats and a group
		// chat it wrote in are on its own phone, and its own app log (a
		// clock-in record) in its own account
		this.acquisition = circumstances.acquisition(this.chat == ChatScope.GROUP,
				payment || this.chat == ChatScope.PRIVATE || sentBy(client)
						|| EvidenceItem.ownAppRecord(this.kind, this.chat, this.counterparty),
				this.video != null && Boolean.TRUE.equals(this.video.outsideWeChat()));
		if (this.image != null && Boolean.TRUE.equals(this.image.depictsEvent())) {
			// a photo of a banquet the families held is no one's secret
			Acquisition a = this.acquisition;
			this.acquisition = new Acquisition(a.obtainedBy(), a.seriousInfringement(), a.violatesProhibitiveLaw(),
					a.violatesPublicOrder(), Boolean.FALSE);
		}
		this.image = image(this.custody);
		if (this.voice != null) {
			heard(store);
		}
		this.payment = Consistency.heldAs(this.payment, this.custody, billed);
	}

	/**
	 * A chat or Moments post filed as the text the app exports, not as a picture of the
	 * screen: a screenshot, a printout of one, or a screen recording shows what the
	 * screen showed.
	 */
	boolean filedAsExport() {
		// WeChat exports chats, not Moments posts: a post not filed as a picture of the
		// screen is filed some other way (a notary's certificate, an upload)
		return this.kind == ItemKind.TEXT && !screenImage();
	}

	/** The copy was found not to match its original. */
	boolean copyMismatched() {
		return this.custody != null && this.custody.copyCheck() == CopyCheck.MISMATCH;
	}

	/** A photo taken with a camera, not a picture of a screen. */
	boolean cameraPhoto() {
		return this.photo;
	}

	/** The record is filed as a picture of the screen, on paper or as a video of it. */
	private boolean screenImage() {
		SubmissionForm form = this.custody.form();
		return form == SubmissionForm.SCREENSHOT || form == SubmissionForm.PRINTOUT
				|| form == SubmissionForm.SCREEN_RECORDING;
	}

	SubmissionForm form() {
		return this.custody.form();
	}

	/** The record filed is said to show the time of day only, not the full date. */
	boolean showsOnlyTimeOfDay() {
		return this.completeness != null && Boolean.FALSE.equals(this.completeness.fullTimestamps());
	}

	/**
	 * A fake-chat generator makes up what a screen shows: it leaves no signs on a record
	 * a notary saw extracted from WeChat (not only the content displayed), the court
	 * preserved or a neutral platform extracted, nor on a photo of a paper document (an
	 * IOU) or a file sent in the chat (a contract), nor on a copy found to match the
	 * original in WeChat.
	 */
	private boolean generatorRuledOut() {
		Custody c = this.custody;
		boolean extractionWitnessed = c.notarizationScope() == NotarizationScope.EXTRACTION_PROCESS
				|| Boolean.TRUE.equals(c.courtPreserved()) || c.extractedBy() == Extractor.COURT
				|| c.extractedBy() == Extractor.NEUTRAL_PLATFORM;
		// a video or a voice message is a recording, and a file a document, not a chat
		// screen a generator draws
		return extractionWitnessed || c.copyCheck() == CopyCheck.VERIFIED || this.kind == ItemKind.VIDEO
				|| this.kind == ItemKind.VOICE || this.kind == ItemKind.FILE
				|| (this.image != null && Boolean.TRUE.equals(this.image.depictsPaperDocument()));
	}

	/**
	 * A voice message's original audio is wherever the chat's records are; whether it is
	 * clear is one fact, said once for the message (voice.clear) and once for any record
	 * (completeness.contentClear): the message's own draw decides, the record's where the
	 * message's is unknown, so the two never disagree.
	 */
	private void heard(Circumstances.Store store) {
		VoiceDetails v = this.voice;
		Boolean clear = (v.clear() != null) ? v.clear() : this.completeness.contentClear();
		// what cannot be heard is not said to be coherent or to state positions clearly
		boolean heard = !Boolean.FALSE.equals(clear);
		this.voice = new VoiceDetails(store.originalHeld(), heard ? v.coherent() : null, clear,
				heard ? v.positionsClear() : null, v.transcript(), v.dialect());
		Completeness c = this.completeness;
		this.completeness = new Completeness(c.wholeConversation(), c.selectiveExcerpt(), c.timeGaps(),
				c.deletedOrRecalled(), c.editingSigns(), c.fullTimestamps(), clear, c.opponentResponds());
	}

	/**
	 * Whether the item's files carry the SHA-256 recorded when the data was fixed: only
	 * where a notary, a preservation platform or the court fixed it, or it is filed as a
	 * record a third party issued (docs/case-file.md: a hash counts only then), and never
	 * where the recorded hash is said not to match or an appraisal found the item
	 * tampered with.
	 */
	boolean hashRecordedWhenFixed() {
		return this.custody.fixedByThirdParty() && !Boolean.FALSE.equals(this.custody.hashMatches())
				&& this.dispute.appraisal() != Appraisal.TAMPERED;
	}

	/** The item with its circumstances drawn and its files written. */
	EvidenceItem build() {
		return new EvidenceItem(this.id, this.title, this.kind, this.chat, this.counterparty, null, this.time,
				this.proves, this.files, this.custody, this.identity, this.completeness, this.environment,
				this.presumptions, this.acquisition, this.dispute, this.voice, this.video, this.link, this.image,
				this.payment, this.corroboratedBy, this.outsideEvidence, this.notes);
	}

	/**
	 * An image is notarised together with its record, or alone, only if notarised at all.
	 */
	private ImageDetails image(Custody custody) {
		if (this.image == null || Boolean.TRUE.equals(custody.notarized())) {
			return this.image;
		}
		return new ImageDetails(null, this.image.depictsPaperDocument(), this.image.paperOriginalAvailable(),
				this.image.paperSignedByOpponent(), this.image.depictsEvent());
	}

}
