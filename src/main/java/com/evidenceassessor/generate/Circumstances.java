package com.evidenceassessor.generate;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;

import com.evidenceassessor.facts.Acquisition;
import com.evidenceassessor.facts.Appraisal;
import com.evidenceassessor.facts.Completeness;
import com.evidenceassessor.facts.CopyCheck;
import com.evidenceassessor.facts.Custody;
import com.evidenceassessor.facts.Dispute;
import com.evidenceassessor.facts.Environment;
import com.evidenceassessor.facts.Extractor;
import com.evidenceassessor.facts.Identity;
import com.evidenceassessor.facts.ItemKind;
import com.evidenceassessor.facts.NotarizationScope;
import com.evidenceassessor.facts.ObtainedBy;
import com.evidenceassessor.facts.OriginalUnavailableReason;
import com.evidenceassessor.facts.Presumptions;
import com.evidenceassessor.facts.SubmissionForm;
import com.evidenceassessor.facts.Voiceprint;

/**
 * How an item was kept, tied to the opponent, and disputed: drawn at random, with a
 * case's diligence (0 careless … 1 thorough) tilting the odds, and many facts left
 * unknown as real case files leave them.
 */
final class Circumstances {

	private final Dice dice;

	private final double diligence;

	/**
	 * Whether each app on the client's phone is the official, unmodified client, by app:
	 * fixed by the first record drawn from it (see {@link #client}).
	 */
	private final Map<String, Boolean> clients = new HashMap<>();

	/**
	 * The case is heard online: only then is a record filed as an upload to the court's
	 * platform (在线诉讼规则第十二条).
	 */
	private final boolean online;

	Circumstances(Dice dice, double diligence, boolean online) {
		this.dice = dice;
		this.diligence = diligence;
		this.online = online;
	}

	/**
	 * The client's phone, which holds every chat of the case: kept, or gone (lost,
	 * replaced, destroyed) for all of them. Drawn once per case.
	 */
	Phone phone() {
		Boolean kept = this.dice.maybe(0.5 + 0.4 * this.diligence, 0.3);
		return new Phone(kept, Boolean.FALSE.equals(kept) ? this.dice.pick(OriginalUnavailableReason.LOST,
				OriginalUnavailableReason.DEVICE_REPLACED, OriginalUnavailableReason.DESTROYED) : null);
	}

	/**
	 * Where one chat's records live: on the phone (or gone with it), sometimes deleted
	 * from a phone still kept, backed up off the phone or not. Drawn once per chat.
	 * @param phone the case's phone
	 * @param deletable whether the user can have deleted the records (a chat, not a bill,
	 * nor someone else's Moments post)
	 * @param backupHolds whether a chat backup can hold them: not Moments, which are on
	 * the publisher's account (drawn all the same, so the dice stay as they were)
	 */
	Store store(Phone phone, boolean deletable, boolean backupHolds) {
		Boolean drawnBackup = this.dice.maybe(0.2 + 0.5 * this.diligence, 0.6);
		Boolean backedUp = backupHolds ? drawnBackup : null;
		boolean deleted = this.dice.chance(0.1);
		if (deletable && deleted && Boolean.TRUE.equals(phone.kept())) {
			return new Store(Boolean.FALSE, OriginalUnavailableReason.DELETED_BY_USER, backedUp);
		}
		return new Store(phone.kept(), phone.gone(), backedUp);
	}

	/**
	 * How one item was kept and presented, within what its chat's store allows: shown on
	 * the device only while the device holds it, notarised only while the device or a
	 * backup holds it, a forensic report only where an appraisal was made. An item filed
	 * on the phone itself is shown on it and is no output of the data, and a record a
	 * third party issued is its direct output: only a copy the client made may be retyped
	 * or recomposed (directOutput false) — not a screen recording, which films the data
	 * as it is shown, nor a backup export, which the app writes, nor what a notary saw
	 * extracted, nor a copy found to match the original; an extraction is reproducible
	 * only while the device or a backup holds the data. A copy shown beside the original
	 * on the device at the hearing was compared with it (verified, unless found not to
	 * match), and a copy of what the court preserved can be checked against the data the
	 * court holds, as can a copy of a payment Tenpay's e-voucher records
	 * ({@code voucher}), against the voucher, and any payment's copy, against the bill
	 * WeChat Pay keeps on its servers.
	 */
	Custody custody(ItemKind kind, LocalDateTime itemTime, Store store, Appraisal appraisal, boolean voucher) {
		boolean onDevice = Boolean.TRUE.equals(store.kept());
		boolean extractable = !Boolean.FALSE.equals(store.kept()) || Boolean.TRUE.equals(store.backedUp());
		SubmissionForm form = form(kind, onDevice, extractable, Boolean.TRUE.equals(store.backedUp()));
		boolean notarized = form == SubmissionForm.NOTARIAL_CERTIFICATE
				|| (this.dice.chance(0.04 * this.diligence) && extractable);
		boolean platform = form == SubmissionForm.PLATFORM_CERTIFICATE;
		boolean chain = form == SubmissionForm.BLOCKCHAIN_CERTIFICATE;
		boolean onPhone = form == SubmissionForm.ORIGINAL_DEVICE;
		Boolean drawnShown = this.dice.maybe(0.4, 0.4);
		Boolean shown = onPhone ? Boolean.TRUE : drawnShown;
		Boolean drawnDirect = this.dice.maybe(0.85, 0.4);
		CopyCheck drawnCheck = this.dice
			.orUnknown(copyCheck(store.kept(), store.backedUp(), notarized || onPhone || platform || chain), 0.5);
		Boolean notarizedFact = notarized ? Boolean.TRUE : this.dice.maybe(0, 0.7);
		Boolean appraised = (appraisal != null && appraisal != Appraisal.NONE) ? Boolean.TRUE : null;
		// a court preserves what may be lost or hard to get (民事诉讼法第八十四条), such as a
		// Moments post its publisher can delete, not the records the client holds and can
		// notarise itself
		boolean courtPreserved = this.dice.chance(0.12) && kind == ItemKind.MOMENTS_POST;
		// drawn in the order the record lists them
		NotarizationScope scope = notarized ? this.dice.pick(NotarizationScope.values()) : null;
		String certificate = platform ? "CERT-" + this.dice.digits(10) : null;
		Boolean hashMatches = (platform || chain) ? this.dice.maybe(0.95, 0.1) : null;
		Boolean timestamp = platform ? this.dice.maybe(0.8, 0.2) : null;
		Boolean drawnVerified = chain ? this.dice.maybe(0.9, 0.1) : null;
		// a check on chain compares the hash: data whose hash does not match was not
		// verified
		Boolean chainVerified = (Boolean.FALSE.equals(hashMatches) && Boolean.TRUE.equals(drawnVerified))
				? Boolean.FALSE : drawnVerified;
		LocalDateTime deposited = chain ? itemTime.plusDays(this.dice.between(1, 90)) : null;
		Boolean provenance = chain ? this.dice.maybe(0.6, 0.3) : null;
		// a notary who certified only the content of the party's pages extracted nothing
		Extractor extractor = extractor(notarized && scope == NotarizationScope.EXTRACTION_PROCESS, platform || chain,
				courtPreserved);
		Boolean drawnReproducible = this.dice.maybe(0.6, 0.6);
		// an extraction is repeated on the data: not without the device or a backup
		Boolean reproducible = (!extractable && Boolean.TRUE.equals(drawnReproducible)) ? null : drawnReproducible;
		// shown on the device at the hearing, the copy was compared with the original
		// there; the court holds the data it preserved: the copy can be checked against
		// it
		boolean shownOnDevice = onDevice && Boolean.TRUE.equals(shown);
		// a payment's record stays in WeChat Pay's bills on its servers, the phone gone
		// or
		// not: its copy is not yet checked, not uncheckable
		boolean payment = kind.payment();
		// the court's own record of what it preserved does not differ from the data it
		// took
		CopyCheck preserved = (courtPreserved && drawnCheck == CopyCheck.MISMATCH) ? CopyCheck.NOT_CHECKED : drawnCheck;
		CopyCheck drawnOrShown = (shownOnDevice && preserved != CopyCheck.MISMATCH) ? CopyCheck.VERIFIED
				: ((courtPreserved || voucher || payment) && preserved == CopyCheck.IMPOSSIBLE) ? CopyCheck.NOT_CHECKED
						: preserved;
		// a copy an appraisal found tampered with was not found to match its original
		CopyCheck copyCheck = (appraisal == Appraisal.TAMPERED && drawnOrShown == CopyCheck.VERIFIED)
				? CopyCheck.NOT_CHECKED : drawnOrShown;
		// what the court preserved is filed as its preservation record, not as the
		// party's own copy
		if (courtPreserved && !form.issuedByThirdParty() && !onPhone) {
			form = SubmissionForm.COURT_PRESERVATION;
		}
		boolean notaryExtracted = extractor == Extractor.NOTARY && scope == NotarizationScope.EXTRACTION_PROCESS;
		// what a notary extracted is filed as the notarial certificate, not as the
		// client's own screenshots
		if (notaryExtracted && (form == SubmissionForm.SCREENSHOT || form == SubmissionForm.PRINTOUT)) {
			form = SubmissionForm.NOTARIAL_CERTIFICATE;
		}
		// what the court, a forensic institution or a neutral platform extracted is their
		// output, not the client's retyped copy
		boolean extractedByOthers = extractor == Extractor.COURT || extractor == Extractor.FORENSIC_INSTITUTION
				|| extractor == Extractor.NEUTRAL_PLATFORM;
		boolean direct = form.issuedByThirdParty() || form == SubmissionForm.SCREEN_RECORDING
				|| form == SubmissionForm.BACKUP_EXPORT || notaryExtracted || extractedByOthers
				|| copyCheck == CopyCheck.VERIFIED;
		Boolean directOutput = onPhone ? null : direct ? Boolean.TRUE : drawnDirect;
		// a retyped or recomposed copy came from no extraction to repeat
		Boolean repeatable = Boolean.FALSE.equals(directOutput) ? null : reproducible;
		return new Custody(store.kept(), store.backedUp(), onDevice ? shown : null, form, directOutput, copyCheck,
				store.unavailable(), notarizedFact, scope, platform ? Boolean.TRUE : null, certificate,
				(platform || chain) ? Boolean.TRUE : null, hashMatches, timestamp, null, chain ? Boolean.TRUE : null,
				chainVerified, deposited, provenance, courtPreserved ? Boolean.TRUE : null, appraised, extractor,
				repeatable);
	}

	private SubmissionForm form(ItemKind kind, boolean onDevice, boolean extractable, boolean backedUp) {
		SubmissionForm form = drawForm(kind);
		if ((form == SubmissionForm.ORIGINAL_DEVICE && !onDevice)
				|| (form == SubmissionForm.NOTARIAL_CERTIFICATE && !extractable)
				|| (form == SubmissionForm.BACKUP_EXPORT && !backedUp)
				|| (form == SubmissionForm.ELECTRONIC_UPLOAD && !this.online)) {
			return copy(kind);
		}
		return form;
	}

	/**
	 * The copy the client files where the drawn form is not open to it: an upload in a
	 * case heard online; offline a screenshot of what a screen shows, the bill printed, a
	 * screen recording of a voice message or video (made while the phone still held it).
	 */
	private SubmissionForm copy(ItemKind kind) {
		if (this.online) {
			return (kind == ItemKind.VOICE || kind == ItemKind.VIDEO || kind == ItemKind.BILL)
					? SubmissionForm.ELECTRONIC_UPLOAD : SubmissionForm.SCREENSHOT;
		}
		return switch (kind) {
			case VOICE, VIDEO -> SubmissionForm.SCREEN_RECORDING;
			case BILL -> SubmissionForm.PRINTOUT;
			default -> SubmissionForm.SCREENSHOT;
		};
	}

	private SubmissionForm drawForm(ItemKind kind) {
		if (this.dice.chance(0.06 * this.diligence)) {
			return SubmissionForm.NOTARIAL_CERTIFICATE;
		}
		if (this.dice.chance(0.03 * this.diligence)) {
			return this.dice.pick(SubmissionForm.PLATFORM_CERTIFICATE, SubmissionForm.BLOCKCHAIN_CERTIFICATE);
		}
		return switch (kind) {
			case VOICE, VIDEO -> this.dice.pick(SubmissionForm.SCREEN_RECORDING, SubmissionForm.ORIGINAL_DEVICE,
					SubmissionForm.BACKUP_EXPORT, SubmissionForm.ELECTRONIC_UPLOAD);
			// the bill written is the client's own 「用于个人对账」 export (WeChatBills): only
			// the Tenpay proof PDF 「用作证明材料」 would be platformIssued
			case BILL -> this.dice.pick(SubmissionForm.PRINTOUT, SubmissionForm.ELECTRONIC_UPLOAD);
			default -> this.dice.pick(SubmissionForm.SCREENSHOT, SubmissionForm.SCREENSHOT, SubmissionForm.PRINTOUT,
					SubmissionForm.SCREEN_RECORDING, SubmissionForm.ORIGINAL_DEVICE, SubmissionForm.ELECTRONIC_UPLOAD);
		};
	}

	/**
	 * A copy cannot be compared with an original that is gone, unless a backup holds it;
	 * a notarised copy is the notary's, a platform's or chain deposit's copy the
	 * platform's extraction, and an item filed on the phone is the original: none differs
	 * from it.
	 */
	private CopyCheck copyCheck(Boolean deviceKept, Boolean backedUp, boolean faithful) {
		if (Boolean.FALSE.equals(deviceKept) && !Boolean.TRUE.equals(backedUp)) {
			return CopyCheck.IMPOSSIBLE;
		}
		boolean matches = this.dice.chance(0.92);
		CopyCheck checked = this.dice.pick(CopyCheck.VERIFIED, CopyCheck.NOT_CHECKED);
		return (matches || faithful) ? checked : CopyCheck.MISMATCH;
	}

	private Extractor extractor(boolean notarized, boolean platform, boolean courtPreserved) {
		if (notarized) {
			return Extractor.NOTARY;
		}
		if (platform) {
			return Extractor.NEUTRAL_PLATFORM;
		}
		if (courtPreserved) {
			return Extractor.COURT;
		}
		return this.dice.orUnknown(this.dice.pick(Extractor.PARTY, Extractor.PARTY, Extractor.LAWYER), 0.3);
	}

	/**
	 * What ties one counterparty's account to its party: the same for every item with
	 * that account. Drawn once per account; for an organisation, whether its user is
	 * shown to act for it too, which is not said to be false where the organisation
	 * admits the account (its admission is one way of showing it, docs/case-file.md).
	 */
	Identity account(boolean organisation) {
		double d = this.diligence;
		Boolean misuse = this.dice.chance(0.05) ? Boolean.TRUE : null;
		// drawn in order, the organisation's agency last
		Boolean wechatId = this.dice.maybe(0.5 + 0.3 * d, 0.3);
		Boolean profilePage = this.dice.maybe(0.4 + 0.4 * d, 0.3);
		Boolean phone = this.dice.maybe(0.5 + 0.3 * d, 0.5);
		Boolean realName = this.dice.maybe(0.3 + 0.3 * d, 0.5);
		Boolean platformRecord = this.dice.maybe(0.3, 0.85);
		Boolean drawnAdmitted = this.dice.maybe(0.4, 0.6);
		Boolean witnesses = this.dice.maybe(0.4, 0.7);
		Boolean misuseEvidence = (misuse != null) ? this.dice.maybe(0.3, 0.3) : null;
		Boolean drawnActs = organisation ? this.dice.maybe(0.3 + 0.4 * d, 0.5) : null;
		// an opponent who says someone else used the account does not admit it is theirs
		Boolean admitted = (misuse != null && Boolean.TRUE.equals(drawnAdmitted)) ? Boolean.FALSE : drawnAdmitted;
		Boolean actsForParty = (Boolean.TRUE.equals(admitted) && Boolean.FALSE.equals(drawnActs)) ? null : drawnActs;
		return new Identity(wechatId, profilePage, phone, realName, platformRecord, admitted, null, null, witnesses,
				misuse, misuseEvidence, actsForParty, null);
	}

	/**
	 * The account's identity facts with the item's own: a voiceprint for a voice message,
	 * messages that name the party, the payee's real name this payment shows.
	 */
	Identity identity(Identity account, ItemKind kind, boolean realNameShown) {
		Voiceprint voiceprint = this.dice.chance(0.03) ? this.dice.pick(Voiceprint.values()) : null;
		Boolean selfIdentifies = this.dice.maybe(0.3, 0.6);
		// a bill lists the counterparty's display name only: no WeChat ID, no profile
		// page
		boolean bill = kind == ItemKind.BILL;
		return new Identity(bill ? null : account.wechatIdShown(), bill ? null : account.profilePageShown(),
				account.phoneMatchesParty(), realNameShown ? Boolean.TRUE : account.realNameViaPayment(),
				account.platformRecord(), account.admittedByOpponent(), (kind == ItemKind.VOICE) ? voiceprint : null,
				selfIdentifies, account.thirdPartyIdentification(), account.accountMisuseClaimed(),
				account.accountMisuseEvidence(), account.actsForParty(), account.clientPaidAccount());
	}

	/**
	 * Whether the record is whole; a record outside any chat (a video recorded outside
	 * WeChat, an app's attendance log, a bill) has no conversation to be whole or
	 * excerpted; a single message of its own (a Moments post, a voice message), or a
	 * record outside any conversation (a payment, an app's log), has no gaps in time; a
	 * post has no messages deleted or recalled in it (its publisher deletes the post).
	 */
	Completeness completeness(boolean conversation, boolean singleMessage, boolean post) {
		double d = this.diligence;
		Boolean whole = this.dice.maybe(0.4 + 0.5 * d, 0.3);
		Boolean selective = Boolean.TRUE.equals(whole) ? Boolean.FALSE : this.dice.maybe(0.5, 0.5);
		Boolean gaps = this.dice.maybe(0.1, 0.6);
		Boolean deleted = this.dice.maybe(0.15, 0.5);
		// a record with unexplained gaps in time is not said to be whole and continuous
		Boolean continuous = (Boolean.TRUE.equals(gaps) && Boolean.TRUE.equals(whole)) ? null : whole;
		return new Completeness(conversation ? continuous : null, conversation ? selective : null,
				(conversation && !singleMessage) ? gaps : null, (conversation && !post) ? deleted : null,
				this.dice.maybe(0.04, 0.6), this.dice.maybe(0.6 + 0.3 * d, 0.3), this.dice.maybe(0.9, 0.3), null);
	}

	/**
	 * The system the record was made in: the client software is the app's on the phone,
	 * the same for every record kept in it; where there are signs of a fake-chat
	 * generator, the case file does not also say the record is kept in the official
	 * client; a record outside any chat (an app's attendance log) shows no sign of a
	 * fake-chat generator, nor does one that cannot have come out of one.
	 * @param app the app on the client's phone the record is kept in
	 * @param generatorRuledOut the record cannot be a fake-chat generator's (see
	 * ItemDraft)
	 */
	Environment environment(String app, boolean chatRecord, boolean generatorRuledOut) {
		Boolean official = client(app);
		Boolean normal = this.dice.maybe(0.95, 0.6);
		Boolean drawn = this.dice.chance(0.02) ? Boolean.TRUE : this.dice.maybe(0, 0.8);
		Boolean generatorSuspected = !chatRecord ? null
				: (generatorRuledOut && Boolean.TRUE.equals(drawn)) ? Boolean.FALSE : drawn;
		return new Environment(Boolean.TRUE.equals(generatorSuspected) ? null : official, normal, generatorSuspected);
	}

	/**
	 * Whether the app is the official, unmodified client: a property of the app on the
	 * phone, not of each record in it, so the first record drawn from the app fixes it
	 * for the others. Drawn for every record all the same, so that the dice of the facts
	 * drawn after it stay where they were.
	 */
	private Boolean client(String app) {
		Boolean drawn = this.dice.maybe(0.95, 0.4);
		if (!this.clients.containsKey(app)) {
			this.clients.put(app, drawn);
		}
		return this.clients.get(app);
	}

	/**
	 * Art. 94(1) situations: a neutral platform for what the platform itself issued (a
	 * Tenpay proof, a transfer e-voucher), never for the client's own screenshots,
	 * printouts or exported bills; nothing the client offers for its own facts is adverse
	 * to it; formed in normal business activity only where a business formed it.
	 * @param businessRecord the record was formed in a business's ordinary activity (see
	 * ItemDraft#businessRecord)
	 * @param platformExtracted a preservation platform extracted the record itself
	 * @param withTheOpponent the record is a message exchanged in a private chat with the
	 * opponent: only such a record can have been sent in a way the parties agreed, not a
	 * post, a group's message or the client's own payment
	 */
	Presumptions presumptions(SubmissionForm form, boolean eVoucher, boolean businessRecord, boolean withTheOpponent,
			boolean platformExtracted) {
		boolean platformIssued = form == SubmissionForm.PLATFORM_ISSUED || eVoucher;
		Boolean adverse = this.dice.maybe(0, 0.7);
		Boolean drawnNeutral = platformIssued ? this.dice.orUnknown(Boolean.TRUE, 0.2) : this.dice.maybe(0, 0.8);
		// what a preservation platform extracted is not said to be from no neutral one
		Boolean neutral = (platformExtracted && Boolean.FALSE.equals(drawnNeutral)) ? null : drawnNeutral;
		Boolean business = this.dice.maybe(0.1, 0.8);
		Boolean agreed = this.dice.maybe(0.05, 0.85);
		return new Presumptions(adverse, neutral,
				(businessRecord || !Boolean.TRUE.equals(business)) ? business : Boolean.FALSE, null,
				(withTheOpponent || !Boolean.TRUE.equals(agreed)) ? agreed : null);
	}

	/**
	 * How the client came to hold the item: its own payments and its own private chats
	 * are on its own account and phone; a few other records (a group, a post) came
	 * another way.
	 */
	Acquisition acquisition(boolean groupChat, boolean ownRecord, boolean cameraVideo) {
		Acquisition drawn = acquisition(groupChat);
		// a video the client filmed outside WeChat came through no one's account or phone
		// but the one that filmed it: filmed covertly at worst; and only such a recording
		// can have been captured covertly in a private space (a chat or a post is read,
		// not filmed)
		boolean throughAnother = drawn.obtainedBy() == ObtainedBy.INTRUSION
				|| drawn.obtainedBy() == ObtainedBy.OTHERS_DEVICE_WITHOUT_CONSENT;
		boolean covertRead = drawn.obtainedBy() == ObtainedBy.COVERT_CAPTURE_IN_PRIVATE_SPACE && !cameraVideo;
		if (!ownRecord && !(cameraVideo && throughAnother) && !covertRead) {
			return drawn;
		}
		return new Acquisition(groupChat ? ObtainedBy.GROUP_PARTICIPANT : ObtainedBy.OWN_ACCOUNT_OWN_DEVICE, null, null,
				null, drawn.privacyOrSecrets());
	}

	private Acquisition acquisition(boolean groupChat) {
		ObtainedBy by;
		if (this.dice.chance(0.03)) {
			by = this.dice.pick(ObtainedBy.OTHERS_DEVICE_WITHOUT_CONSENT, ObtainedBy.INTRUSION,
					ObtainedBy.COVERT_CAPTURE_IN_PRIVATE_SPACE);
		}
		else {
			by = groupChat ? ObtainedBy.GROUP_PARTICIPANT : ObtainedBy.OWN_ACCOUNT_OWN_DEVICE;
		}
		// drawn in the order the record lists them; where the means is not said, neither
		// is what it infringed or broke
		ObtainedBy shown = this.dice.orUnknown(by, 0.2);
		boolean unlawful = canBeUnlawful(shown);
		Boolean serious = unlawful ? this.dice.maybe(0.6, 0.3) : null;
		Boolean prohibited = unlawful ? this.dice.maybe(0.5, 0.4) : null;
		// logging into another's account without leave is itself prohibited (网络安全法第二十七条)
		return new Acquisition(shown, serious, (shown == ObtainedBy.INTRUSION) ? Boolean.TRUE : prohibited, null,
				this.dice.maybe(0.03, 0.7));
	}

	/**
	 * The case file names a means of obtaining the record that can be unlawful
	 * (民诉法解释第一百零六条): another's device used without consent, covert capture in a private
	 * space, intrusion; not the client's own account and device nor a group it is in, and
	 * not a means it leaves unsaid.
	 */
	private static boolean canBeUnlawful(ObtainedBy by) {
		return by == ObtainedBy.INTRUSION || by == ObtainedBy.COVERT_CAPTURE_IN_PRIVATE_SPACE
				|| by == ObtainedBy.OTHERS_DEVICE_WITHOUT_CONSENT;
	}

	/** The client's phone: whether it is kept, and if not, why. */
	record Phone(Boolean kept, OriginalUnavailableReason gone) {

	}

	/**
	 * One chat's records: whether the original is still on the device, why not, whether
	 * it is backed up.
	 */
	record Store(Boolean kept, OriginalUnavailableReason unavailable, Boolean backedUp) {

		/**
		 * Whether the chat's original records are held: on the device or in a backup; not
		 * when the device has lost them and nothing is backed up.
		 */
		Boolean originalHeld() {
			if (Boolean.TRUE.equals(this.kept) || Boolean.TRUE.equals(this.backedUp)) {
				return Boolean.TRUE;
			}
			return (Boolean.FALSE.equals(this.kept) && Boolean.FALSE.equals(this.backedUp)) ? Boolean.FALSE : null;
		}

	}

	/**
	 * What the opponent says of the item and the procedural state. Whether the opponent
	 * acknowledged the item is drawn only for a record with the opponent's account in it;
	 * for one without (a chat with a customer, a camera video) the case file does not
	 * say. The opponent took part in a chat with that account, so can check it; for a
	 * record outside any chat (a bill) the case file does not say.
	 * @param account the counterparty's account, {@code null} for an item without one
	 * @param inChat the item is part of a chat, Moments or a group
	 * @param periodOver the time limit for evidence had ended by the day the opinion is
	 * prepared: an item drawn late otherwise is not said to be late, nor in time
	 */
	Dispute dispute(Identity account, boolean inChat, boolean periodOver) {
		boolean withOpponent = account != null;
		Boolean disputed = this.dice.maybe(0.45, 0.2);
		boolean yes = Boolean.TRUE.equals(disputed);
		// an opponent who disputes the item, or denies the account it came from (or says
		// someone else used it), has not acknowledged it, nor has an organisation whose
		// staff member using the account is shown not to act for it
		boolean denied = yes || (withOpponent && (Boolean.FALSE.equals(account.admittedByOpponent())
				|| Boolean.TRUE.equals(account.accountMisuseClaimed())
				|| Boolean.FALSE.equals(account.actsForParty())));
		Boolean admitted = !withOpponent ? null : denied ? Boolean.FALSE : this.dice.maybe(0.3, 0.5);
		Boolean counterEvidence = yes ? this.dice.maybe(0.2, 0.4) : null;
		Boolean sufficient = this.dice.maybe(0.15, 0.6);
		Boolean overturns = this.dice.maybe(0.05, 0.7);
		Boolean canVerify = this.dice.orUnknown(Boolean.TRUE, 0.5);
		// only counter-evidence can rebut or overturn
		boolean countered = Boolean.TRUE.equals(counterEvidence);
		// drawn in the order the record lists them
		Boolean drawnGrounds = yes ? this.dice.maybe(0.4, 0.4) : null;
		Appraisal appraisal = (yes && this.dice.chance(0.05)) ? this.dice.pick(Appraisal.values()) : null;
		// an appraisal that found the item tampered with bore the opponent's grounds
		// out, and counter-evidence filed is itself specific grounds
		Boolean grounds = ((appraisal == Appraisal.TAMPERED || countered) && drawnGrounds != null) ? Boolean.TRUE
				: drawnGrounds;
		Boolean retracted = Boolean.TRUE.equals(admitted) ? this.dice.maybe(0.05, 0.5) : null;
		Boolean drawnInTime = this.dice.maybe(0.92, 0.3);
		Boolean inTime = (periodOver || !Boolean.FALSE.equals(drawnInTime)) ? drawnInTime : null;
		// a case file prepared for the hearing says an item will not be cross-examined
		// only where it was filed late and the court may not examine it
		// (民诉法解释第一百零一条、第一百零二条)
		Boolean crossExamined = Boolean.FALSE.equals(inTime) ? this.dice.maybe(0.5, 0.4)
				: this.dice.orUnknown(Boolean.TRUE, 0.4);
		// an item the opponent acknowledged is deemed cross-examined (民诉法解释第一百零三条第二款);
		// one it objected to with grounds, or had appraised, it has examined (第一百零四条)
		boolean examined = Boolean.TRUE.equals(admitted) || Boolean.TRUE.equals(grounds) || appraisal != null;
		return new Dispute(disputed, grounds, (withOpponent && inChat) ? canVerify : null, counterEvidence,
				countered ? sufficient : null, countered ? overturns : null, appraisal, admitted, retracted, inTime,
				examined ? Boolean.TRUE : crossExamined);
	}

}
