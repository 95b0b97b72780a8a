package com.evidenceassessor.assessment;

import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.evidenceassessor.facts.CopyCheck;
import com.evidenceassessor.facts.EvidenceItem;
import com.evidenceassessor.facts.ItemKind;
import com.evidenceassessor.facts.LegalCase;
import com.evidenceassessor.facts.OriginalUnavailableReason;
import com.evidenceassessor.facts.Party;
import com.evidenceassessor.facts.PaymentStatus;
import com.evidenceassessor.rules.CaseFields;
import com.evidenceassessor.rules.Remedy;
import com.evidenceassessor.rules.Remedy.Assumption;
import com.evidenceassessor.support.WireNames;

/**
 * What an action's promised score still takes for granted ({@code assumes} in
 * rules/remedies.yaml), less what the case file already shows: an action that assumes the
 * client has paid the account needs no such proviso when the case holds a transfer the
 * client made to it.
 */
final class OpenAssumptions {

	/** Where the case file says whether the phone holding the record is kept. */
	static final String DEVICE_KEPT_FIELD = "custody.originalDeviceKept";

	private static final String UNAVAILABLE_FIELD = "custody.originalUnavailableReason";

	private static final String LOST = WireNames.of(OriginalUnavailableReason.LOST);

	private static final String COPY_CHECK_FIELD = "custody.copyCheck";

	private static final String NOTARIZED_FIELD = "custody.notarized";

	private static final String COURT_PRESERVED_FIELD = "custody.courtPreserved";

	/**
	 * The assumptions the client can answer, with the item field that records the answer:
	 * the phone still there; the client's having paid the account (review round 44,
	 * syn-70913-00008 and 00014: a plan rested on a voucher for a payment nothing
	 * showed); a Moments post still there to be seen (review round 49, syn-63347-00015).
	 */
	private static final Map<Assumption, String> PREMISE_FIELDS = new EnumMap<>(
			Map.of(Assumption.DEVICE_KEPT, DEVICE_KEPT_FIELD, Assumption.PAID_THIS_ACCOUNT,
					"identity.clientPaidAccount", Assumption.POST_VISIBLE, "custody.originalUnavailableReason"));

	/**
	 * The premises whose failing leaves the case file as it stands, and only rules out
	 * the actions that take them for granted: the client has never paid the account (no
	 * voucher), the post can no longer be seen (nothing to capture), the page no longer
	 * opens (nothing to capture: the record is sought from its keeper), a search of the
	 * number does not find the account (the binding stays unknown), the court refuses an
	 * application (to collect the registration record, to preserve the record, a late
	 * filing: nothing is added; review round 52, syn-30517-00009 E1, where the plan
	 * without the voucher rested on the court's collection and the profile page shown
	 * needs no court). Not the phone kept: a phone gone moves the score itself, and the
	 * question gives the score with each answer.
	 */
	private static final Set<String> FAILING_CHANGES_NO_SCORE = Set.of(WireNames.of(Assumption.PAID_THIS_ACCOUNT),
			WireNames.of(Assumption.POST_VISIBLE), WireNames.of(Assumption.PAGE_ONLINE),
			WireNames.of(Assumption.PHONE_SEARCH_FINDS), WireNames.of(Assumption.KNOWN_NUMBER_FINDS),
			WireNames.of(Assumption.COURT_GRANTS));

	/** What an action sets when it takes the record afresh from the original. */
	private static final List<String> FROM_THE_ORIGINAL = List.of("custody.shownInCourt", NOTARIZED_FIELD,
			"custody.preservationPlatform", COURT_PRESERVED_FIELD);

	private OpenAssumptions() {
	}

	/**
	 * The wire names of the assumptions left open, in this order, none twice: the
	 * action's own; that the original says what an edited-looking or generated copy does,
	 * for an action that checks the copy against the original or takes the record afresh
	 * from it; that counter-evidence not yet weighed fails, unless the action files a
	 * record that proves the item's fact by itself (the registry's search, the opponent's
	 * signed IOU, the employer's own records), whatever becomes of the item; that a
	 * Moments post is still there, for an action on the post itself; that the device is
	 * still there, for an action that needs it (it sets the device as kept) where the
	 * case file does not say; that the client can still log in to an attendance app, for
	 * an action that takes its record afresh from the app. Empty when doing the action is
	 * enough.
	 */
	static List<String> of(Remedy remedy, LegalCase legalCase, String itemId, boolean provesTheFactByItself) {
		EvidenceItem item = legalCase.item(itemId);
		Set<Assumption> open = new LinkedHashSet<>();
		Assumption own = own(remedy.assumes(), legalCase, item);
		if (own != null) {
			open.add(own);
		}
		if (checksADoubtfulCopy(remedy, item)) {
			open.add(Assumption.ORIGINAL_SUPPORTS_CLAIM);
		}
		if (!provesTheFactByItself && counterEvidenceOpen(remedy, item)) {
			open.add(Boolean.TRUE.equals(item.dispute().rebuttalSufficient()) ? Assumption.NOTARISATION_STANDS
					: Assumption.COUNTER_EVIDENCE_MET);
		}
		if (needsThePost(remedy, item)) {
			open.add(Assumption.POST_VISIBLE);
		}
		if (needsThePage(remedy, item)) {
			open.add(Assumption.PAGE_ONLINE);
		}
		if (needsTheDevice(remedy, legalCase, item)) {
			open.add(Assumption.DEVICE_KEPT);
		}
		if (needsTheAppAccount(remedy, legalCase, item)) {
			open.add(Assumption.ACCOUNT_ACCESSIBLE);
		}
		return open.stream().map(WireNames::of).toList();
	}

	/**
	 * The assumption (a wire name) is a premise whose failing leaves the case file as it
	 * stands and only rules out the actions that take it for granted: a plan resting on
	 * it needs another for when it fails.
	 */
	static boolean failingChangesNoScore(String assumption) {
		return FAILING_CHANGES_NO_SCORE.contains(assumption);
	}

	/**
	 * The fields of the case file whose favourable answer the actions offered for an
	 * item, or its plan, take for granted and the client can tell (the phone still there,
	 * a payment made to the account): a question for the client whatever the answer does
	 * to the score as the file stands (review round 41, syn-40417-00003: every action
	 * assumed the phone, and no question asked about it), and those of the plan for when
	 * the phone is gone. None without remedies.
	 */
	static Set<String> questionsOf(RemedyPlanner.ItemRemedies remedies, Opinion.PlanIfDeviceGone ifDeviceGone) {
		if (remedies == null) {
			return Set.of();
		}
		Set<String> assumed = new LinkedHashSet<>();
		remedies.options().forEach(o -> assumed.addAll(o.assumes()));
		assumed.addAll(remedies.plansAssume());
		if (ifDeviceGone != null) {
			assumed.addAll(RemedyPlanner.stepsAssume(ifDeviceGone.plan()));
		}
		Set<String> fields = new LinkedHashSet<>();
		PREMISE_FIELDS.forEach((assumption, field) -> {
			if (assumed.contains(WireNames.of(assumption))) {
				fields.add(field);
			}
		});
		return fields;
	}

	/**
	 * The item is an app's own record of the worker's attendance (a WeCom or DingTalk
	 * clock-in log: in a labour case, an image or file in no chat and with no
	 * counterparty), kept on the app's servers, and the action takes it afresh from there
	 * (shows it in court, has a notary or a platform extract it): the client must still
	 * be able to log in, which an employee who has left usually cannot. Not where the
	 * court collects the record or orders the employer to produce it
	 * ({@code custody.courtPreserved}): the employer holds it.
	 */
	private static boolean needsTheAppAccount(Remedy remedy, LegalCase legalCase, EvidenceItem item) {
		return item.appLogIn(legalCase.causeOfAction()) && takesAfresh(remedy)
				&& !Boolean.TRUE.equals(remedy.set().get(COURT_PRESERVED_FIELD));
	}

	/**
	 * The action's own assumption as it stands in this case: none where the case file
	 * already shows it (the client paid the account), the known number's search where the
	 * case file gives the opponent's phones.
	 */
	private static Assumption own(Assumption assumes, LegalCase legalCase, EvidenceItem item) {
		if (assumes == Assumption.PAID_THIS_ACCOUNT
				&& (paidThisAccount(legalCase, item) || Boolean.TRUE.equals(item.identity().clientPaidAccount()))) {
			return null;
		}
		if (assumes == Assumption.PHONE_SEARCH_FINDS && numberKnown(legalCase, item)) {
			return Assumption.KNOWN_NUMBER_FINDS;
		}
		return assumes;
	}

	/**
	 * The opponent has filed counter-evidence against the item that the case file does
	 * not say is, or is not, enough to rebut it — or that is enough to rebut it, where
	 * the action has the record notarised, which the counter-evidence must then be enough
	 * to overturn (证据规定第九十四条第二款) — and the action does not itself settle that: the score
	 * it promises takes for granted that the counter-evidence fails (第八十五条), or, where it
	 * already rebuts the record, that it does not overturn the notarised one.
	 */
	private static boolean counterEvidenceOpen(Remedy remedy, EvidenceItem item) {
		Boolean rebuts = item.dispute().rebuttalSufficient();
		boolean notarises = Boolean.TRUE.equals(remedy.set().get(NOTARIZED_FIELD));
		return Boolean.TRUE.equals(item.dispute().counterEvidence()) && (rebuts == null || (rebuts && notarises))
				&& item.dispute().rebuttalOverturns() == null
				&& remedy.set().keySet().stream().noneMatch(path -> path.startsWith("dispute."));
	}

	/** The case file gives the phone numbers of the item's counterparty. */
	private static boolean numberKnown(LegalCase legalCase, EvidenceItem item) {
		Party party = legalCase.party(item.counterparty());
		return party != null && !party.phones().isEmpty();
	}

	/**
	 * The action checks against the original a copy that shows signs of editing or of a
	 * fake-chat generator, or was retyped or recomposed (not WeChat's direct output), or
	 * takes the record afresh from the original (shown in court, notarised, fixed by a
	 * platform or the court): its score takes for granted that the original says what the
	 * copy does (were it edited or made up, the original would not match,
	 * 证据规定第八十七条第（一）项).
	 */
	private static boolean checksADoubtfulCopy(Remedy remedy, EvidenceItem item) {
		boolean doubtful = Boolean.TRUE.equals(item.completeness().editingSigns())
				|| Boolean.TRUE.equals(item.environment().fakeChatGeneratorSuspected())
				|| Boolean.FALSE.equals(item.custody().directOutput());
		return doubtful && (WireNames.of(CopyCheck.VERIFIED).equals(String.valueOf(remedy.set().get(COPY_CHECK_FIELD)))
				|| takesAfresh(remedy));
	}

	/**
	 * The action works on a Moments post itself, or on its comments or pictures filed as
	 * their own item (it changes how the post is kept or how much of it is filed) and the
	 * case file does not say the post can still be seen
	 * ({@code custody.originalUnavailableReason: none}): the publisher can delete or hide
	 * it at any time, and a phone kept does not keep it.
	 */
	private static boolean needsThePost(Remedy remedy, EvidenceItem item) {
		return item.ofAPost() && item.custody().originalUnavailableReason() != OriginalUnavailableReason.NONE
				&& remedy.set().keySet().stream().anyMatch(OpenAssumptions::aboutTheRecord);
	}

	/**
	 * The action takes afresh (shows, notarises, fixes) a link to a third party's page (a
	 * carrier's tracking page, which the carrier keeps only for months) or a public page
	 * (a public account's article, which its publisher may delete): that it still opens
	 * is taken for granted.
	 */
	private static boolean needsThePage(Remedy remedy, EvidenceItem item) {
		return (Boolean.TRUE.equals(item.link().thirdPartyRecord()) || Boolean.TRUE.equals(item.link().publicPage()))
				&& (takesAfresh(remedy) || Boolean.TRUE.equals(remedy.set().get("link.openedContentPreserved")));
	}

	/**
	 * The action takes the record afresh from where it is kept: shows it in court, has a
	 * notary, a platform or the court fix it.
	 */
	private static boolean takesAfresh(Remedy remedy) {
		return FROM_THE_ORIGINAL.stream().anyMatch(path -> Boolean.TRUE.equals(remedy.set().get(path)));
	}

	private static boolean aboutTheRecord(String path) {
		return path.startsWith("custody.") || path.startsWith("completeness.");
	}

	/**
	 * The action sets the device as kept, or works only while it is (it requires it kept:
	 * producing the whole conversation from it), where the case file does not say it is,
	 * or needs the data still there (an appraisal: it cannot be offered for a record
	 * lost) where the case file says neither whether the device is kept nor what became
	 * of the record; not for a Moments post, which is on WeChat's servers and is seen
	 * from any phone logged in to the client's account (it takes the post's being there
	 * for granted instead), nor for an app's own record, kept on the app's servers (it
	 * takes for granted that the client can still log in).
	 */
	private static boolean needsTheDevice(Remedy remedy, LegalCase legalCase, EvidenceItem item) {
		List<Object> kept = remedy.requires().get(DEVICE_KEPT_FIELD);
		boolean keepsIt = Boolean.TRUE.equals(remedy.set().get(DEVICE_KEPT_FIELD))
				|| (kept != null && kept.stream().map(String::valueOf).noneMatch("false"::equals));
		List<Object> whileThere = remedy.requires().get(UNAVAILABLE_FIELD);
		boolean needsTheData = whileThere != null && !whileThere.contains(LOST)
				&& item.custody().originalUnavailableReason() == null;
		return (keepsIt || needsTheData) && item.custody().originalDeviceKept() == null && !item.ofAPost()
				&& !item.appLogIn(legalCase.causeOfAction());
	}

	/**
	 * The case holds a WeChat transfer the client made to the item's counterparty, who
	 * received it, and the counterparty is not said to use several accounts.
	 */
	private static boolean paidThisAccount(LegalCase legalCase, EvidenceItem item) {
		Party party = legalCase.party(item.counterparty());
		boolean oneAccount = party != null && !party.severalAccounts();
		return oneAccount && Boolean.TRUE.equals(clientPaid(legalCase, item));
	}

	/**
	 * Whether the client has paid the item's counterparty, as the case's transfers with
	 * them show ({@link CaseFields#CLIENT_PAID_COUNTERPARTY}): {@code true} for a
	 * transfer the client made and they received, {@code false} when every transfer with
	 * them came to the client, {@code null} when the case holds none or leaves a
	 * direction open.
	 */
	static Boolean clientPaid(LegalCase legalCase, EvidenceItem item) {
		String counterparty = item.counterparty();
		if (counterparty == null) {
			return null;
		}
		List<EvidenceItem> transfers = legalCase.items()
			.stream()
			.filter(i -> i.kind() == ItemKind.TRANSFER && counterparty.equals(i.counterparty()))
			.toList();
		if (transfers.stream().anyMatch(OpenAssumptions::paidAndReceived)) {
			return true;
		}
		boolean allIncoming = !transfers.isEmpty()
				&& transfers.stream().allMatch(i -> Boolean.FALSE.equals(i.payment().outgoing()));
		return allIncoming ? false : null;
	}

	/**
	 * A transfer the client made and the opponent received, on a record not shown to be
	 * false: one an appraisal found tampered with, or a copy found not to match its
	 * original, shows no payment.
	 */
	private static boolean paidAndReceived(EvidenceItem item) {
		return Boolean.TRUE.equals(item.payment().outgoing()) && item.payment().status() == PaymentStatus.RECEIVED
				&& item.copyFaithful();
	}

}
