package com.evidenceassessor.assessment;

import java.util.List;
import java.util.Objects;

import com.evidenceassessor.rules.Dimension;
import com.evidenceassessor.rules.Effect;
import com.evidenceassessor.rules.RuleInfo;

/**
 * One conclusion a rule reached about one item (or, with a {@code null} item, about the
 * case). A fact in the rule session like any other: later rules can build on it through
 * {@link #establishes()}.
 *
 * @param itemId the item it is about, {@code null} for the case as a whole
 * @param rule the rule that reached it, with its citation and reasons
 * @param points the points it carries (0 for effects without points), never negative: the
 * effect gives the direction
 */
public record Finding(String itemId, RuleInfo rule, int points) {

	/**
	 * What a rule establishes when the item, however well proved, is no ground for the
	 * claim it is offered for (a modest festival gift claimed as bride price): no action
	 * is offered for it, and a fact only such items are offered for is set aside from the
	 * case's score.
	 */
	public static final String CLAIM_UNFOUNDED = "claimUnfounded";

	/** The finding says the item is no ground for its claim. */
	public boolean claimUnfounded() {
		return CLAIM_UNFOUNDED.equals(establishes());
	}

	/**
	 * What a rule establishes when the opponent has admitted every fact the item is
	 * offered for: no action is offered for it, and nothing is asked about it.
	 */
	public static final String FACTS_ADMITTED = "factsAdmitted";

	/**
	 * What a rule establishes when it ties the item's account to the party (a strong
	 * route, enough indicators, the same account tied in another item).
	 */
	public static final String IDENTITY_FIXED = "identityFixed";

	/**
	 * What a rule establishes when the opponent's answer admits receiving the payment the
	 * item shows (a defence that it repaid another debt, or was a gift): its delivery
	 * needs no proof, whatever its copy is worth (民诉法解释第九十二条第一款).
	 */
	public static final String RECEIPT_ADMITTED = "receiptAdmitted";

	/**
	 * What a rule establishes when the item, a record of payments that is not itself one
	 * (a bill), shows only part of a sum paid in several payments (another amount at one
	 * payment's minute): it cannot prove the whole sum alone ({@link PaymentParts}).
	 */
	public static final String PART_OF_SUM = "partOfSum";

	/**
	 * What a rule establishes when courts refuse the item for a reason corroboration does
	 * not cure (a bare link, whose content nothing else brings back; a voice an appraisal
	 * found not to be the opponent's).
	 */
	public static final String REFUSED_REGARDLESS = "refusedRegardless";

	/**
	 * What a rule establishes when filing the item as it is risks a sanction for false
	 * evidence (证据规定第九十八条第二款, 2001: 第八十条第二款).
	 */
	public static final String SANCTION_RISK = "sanctionRisk";

	/**
	 * What a rule establishes when it advises withdrawing the item with the claim it is
	 * offered for: the claim has no ground and the copy risks a sanction.
	 */
	public static final String WITHDRAW_ADVISED = "withdrawAdvised";

	/**
	 * Strengthening the item changes nothing in the case: it is no ground for its claim,
	 * or every fact it is offered for is admitted.
	 */
	public boolean strengtheningMoot() {
		return claimUnfounded() || FACTS_ADMITTED.equals(establishes());
	}

	public String ruleId() {
		return this.rule.id();
	}

	/**
	 * The kind of pointer to an account this finding notes ({@code identityIndicator}),
	 * by its rule: the WeChat ID and the profile page, which shows it, are one pointer
	 * (wechat-practice/identity.drl counts each kind once across an account's items).
	 */
	public String pointerKind() {
		String id = ruleId();
		return WECHAT_ID_POINTER.equals(id) ? PROFILE_PAGE_POINTER : id;
	}

	private static final String WECHAT_ID_POINTER = "wechat-practice/identity.wechat-id";

	private static final String PROFILE_PAGE_POINTER = "wechat-practice/identity.profile-page";

	public Dimension dimension() {
		return this.rule.dimension();
	}

	public Effect effect() {
		return this.rule.effect();
	}

	/**
	 * The conclusion other rules can match on, e.g. {@code identityFixed}, or
	 * {@code null}.
	 */
	public String establishes() {
		return this.rule.establishes();
	}

	public List<String> remedies() {
		return this.rule.remedies();
	}

	/**
	 * The same hash as the record's own for equal findings, but cheap: the rule's id
	 * stands for the rule (equal findings have equal rules, so equal ids). The engine's
	 * truth maintenance hashes every finding it inserts or retracts.
	 */
	@Override
	public int hashCode() {
		return (31 * (31 * Objects.hashCode(this.itemId) + this.rule.id().hashCode())) + this.points;
	}

	/** The points with their direction: negative when the finding takes points away. */
	public int signedPoints() {
		return (effect() == Effect.UNDERMINES) ? -this.points : this.points;
	}

}
