package com.evidenceassessor.generate;

import java.time.LocalDateTime;

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

	Circumstances(Dice dice, double diligence) {
		this.dice = dice;
		this.diligence = diligence;
	}

	Custody custody(ItemKind kind, LocalDateTime itemTime) {
		SubmissionForm form = form(kind);
		boolean notarized = form == SubmissionForm.NOTARIAL_CERTIFICATE || this.dice.chance(0.04 * this.diligence);
		boolean platform = form == SubmissionForm.PLATFORM_CERTIFICATE;
		boolean chain = form == SubmissionForm.BLOCKCHAIN_CERTIFICATE;
		Boolean deviceKept = this.dice.maybe(0.5 + 0.4 * this.diligence, 0.3);
		OriginalUnavailableReason unavailable = Boolean.FALSE.equals(deviceKept)
				? this.dice.pick(OriginalUnavailableReason.LOST, OriginalUnavailableReason.DEVICE_REPLACED,
						OriginalUnavailableReason.DELETED_BY_USER, OriginalUnavailableReason.DESTROYED)
				: null;
		Boolean backedUp = (form == SubmissionForm.BACKUP_EXPORT) ? Boolean.TRUE : null;
		return new Custody(deviceKept, backedUp, Boolean.TRUE.equals(deviceKept) ? this.dice.maybe(0.4, 0.4) : null,
				form, this.dice.maybe(0.85, 0.4), this.dice.orUnknown(copyCheck(deviceKept), 0.5), unavailable,
				notarized ? Boolean.TRUE : this.dice.maybe(0, 0.7),
				notarized ? this.dice.pick(NotarizationScope.values()) : null, platform ? Boolean.TRUE : null,
				platform ? "CERT-" + this.dice.digits(10) : null, (platform || chain) ? Boolean.TRUE : null,
				(platform || chain) ? this.dice.maybe(0.95, 0.1) : null, platform ? this.dice.maybe(0.8, 0.2) : null,
				null, chain ? Boolean.TRUE : null, chain ? this.dice.maybe(0.9, 0.1) : null,
				chain ? itemTime.plusDays(this.dice.between(1, 90)) : null, chain ? this.dice.maybe(0.6, 0.3) : null,
				this.dice.chance(0.02) ? Boolean.TRUE : null, this.dice.chance(0.03) ? Boolean.TRUE : null,
				extractor(notarized, platform || chain), this.dice.maybe(0.6, 0.6));
	}

	private SubmissionForm form(ItemKind kind) {
		if (this.dice.chance(0.06 * this.diligence)) {
			return SubmissionForm.NOTARIAL_CERTIFICATE;
		}
		if (this.dice.chance(0.03 * this.diligence)) {
			return this.dice.pick(SubmissionForm.PLATFORM_CERTIFICATE, SubmissionForm.BLOCKCHAIN_CERTIFICATE);
		}
		return switch (kind) {
			case VOICE, VIDEO -> this.dice.pick(SubmissionForm.SCREEN_RECORDING, SubmissionForm.ORIGINAL_DEVICE,
					SubmissionForm.BACKUP_EXPORT, SubmissionForm.ELECTRONIC_UPLOAD);
			case BILL -> this.dice.pick(SubmissionForm.PLATFORM_ISSUED, SubmissionForm.PRINTOUT,
					SubmissionForm.ELECTRONIC_UPLOAD);
			default -> this.dice.pick(SubmissionForm.SCREENSHOT, SubmissionForm.SCREENSHOT, SubmissionForm.PRINTOUT,
					SubmissionForm.SCREEN_RECORDING, SubmissionForm.ORIGINAL_DEVICE, SubmissionForm.ELECTRONIC_UPLOAD);
		};
	}

	private CopyCheck copyCheck(Boolean deviceKept) {
		if (Boolean.FALSE.equals(deviceKept)) {
			return CopyCheck.IMPOSSIBLE;
		}
		return this.dice.chance(0.92) ? this.dice.pick(CopyCheck.VERIFIED, CopyCheck.NOT_CHECKED) : CopyCheck.MISMATCH;
	}

	private Extractor extractor(boolean notarized, boolean platform) {
		if (notarized) {
			return Extractor.NOTARY;
		}
		if (platform) {
			return Extractor.NEUTRAL_PLATFORM;
		}
		return this.dice.orUnknown(this.dice.pick(Extractor.PARTY, Extractor.PARTY, Extractor.LAWYER), 0.3);
	}

	Identity identity() {
		double d = this.diligence;
		Boolean misuse = this.dice.chance(0.05) ? Boolean.TRUE : null;
		return new Identity(this.dice.maybe(0.5 + 0.3 * d, 0.3), this.dice.maybe(0.4 + 0.4 * d, 0.3),
				this.dice.maybe(0.5 + 0.3 * d, 0.5), this.dice.maybe(0.3 + 0.3 * d, 0.5), this.dice.maybe(0.3, 0.85),
				this.dice.maybe(0.4, 0.6), this.dice.chance(0.03) ? this.dice.pick(Voiceprint.values()) : null,
				this.dice.maybe(0.3, 0.6), this.dice.maybe(0.4, 0.7), misuse,
				(misuse != null) ? this.dice.maybe(0.3, 0.3) : null);
	}

	Completeness completeness() {
		double d = this.diligence;
		Boolean whole = this.dice.maybe(0.4 + 0.5 * d, 0.3);
		return new Completeness(whole, Boolean.TRUE.equals(whole) ? Boolean.FALSE : this.dice.maybe(0.5, 0.5),
				this.dice.maybe(0.1, 0.6), this.dice.maybe(0.15, 0.5), this.dice.maybe(0.04, 0.6),
				this.dice.maybe(0.6 + 0.3 * d, 0.3), this.dice.maybe(0.9, 0.3));
	}

	Environment environment() {
		return new Environment(this.dice.maybe(0.95, 0.4), this.dice.maybe(0.95, 0.6),
				this.dice.chance(0.02) ? Boolean.TRUE : this.dice.maybe(0, 0.8));
	}

	Presumptions presumptions(ItemKind kind) {
		boolean platformRecord = kind == ItemKind.BILL || kind == ItemKind.TRANSFER || kind == ItemKind.RED_PACKET;
		return new Presumptions(this.dice.maybe(0.08, 0.7),
				platformRecord ? this.dice.maybe(0.6, 0.3) : this.dice.maybe(0.02, 0.8), this.dice.maybe(0.1, 0.8),
				null, this.dice.maybe(0.05, 0.85));
	}

	Acquisition acquisition(boolean groupChat) {
		ObtainedBy by;
		if (this.dice.chance(0.03)) {
			by = this.dice.pick(ObtainedBy.OTHERS_DEVICE_WITHOUT_CONSENT, ObtainedBy.INTRUSION,
					ObtainedBy.COVERT_CAPTURE_IN_PRIVATE_SPACE);
		}
		else {
			by = groupChat ? ObtainedBy.GROUP_PARTICIPANT : ObtainedBy.OWN_ACCOUNT_OWN_DEVICE;
		}
		boolean unlawful = by == ObtainedBy.INTRUSION || by == ObtainedBy.COVERT_CAPTURE_IN_PRIVATE_SPACE
				|| by == ObtainedBy.OTHERS_DEVICE_WITHOUT_CONSENT;
		return new Acquisition(this.dice.orUnknown(by, 0.2), unlawful ? this.dice.maybe(0.6, 0.3) : null,
				unlawful ? this.dice.maybe(0.5, 0.4) : null, null, this.dice.maybe(0.1, 0.7));
	}

	Dispute dispute() {
		Boolean disputed = this.dice.maybe(0.45, 0.2);
		boolean yes = Boolean.TRUE.equals(disputed);
		Boolean admitted = yes ? Boolean.FALSE : this.dice.maybe(0.3, 0.5);
		return new Dispute(disputed, yes ? this.dice.maybe(0.4, 0.4) : null, this.dice.maybe(0.7, 0.5),
				yes ? this.dice.maybe(0.2, 0.4) : null, yes ? this.dice.maybe(0.15, 0.6) : null,
				yes ? this.dice.maybe(0.05, 0.7) : null,
				(yes && this.dice.chance(0.05)) ? this.dice.pick(Appraisal.values()) : null, admitted,
				Boolean.TRUE.equals(admitted) ? this.dice.maybe(0.05, 0.5) : null, this.dice.maybe(0.92, 0.3),
				this.dice.maybe(0.9, 0.4));
	}

}
