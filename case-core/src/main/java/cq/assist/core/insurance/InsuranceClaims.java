package cq.assist.core.insurance;

/**
 * Port to the insurer of the 惠民济困保 supplementary medical insurance (outside our reach). {@link #file}
 * hands a claim over and returns at once; the insurer answers later by calling {@link
 * RecordingInsurerAnswers#record}. Filing the same claim id again must not create a second claim at the
 * insurer (the id is the idempotency key). The demo stand-in is {@link RuleBasedInsurer}.
 */
public interface InsuranceClaims {

    /** The insurance product and insurer as residents see it, e.g. {@code 惠民济困保（演示保险公司）}. */
    String insurer();

    /** Hands the claim to the insurer; must not block on the insurer's decision. */
    void file(ClaimFiling filing);
}
