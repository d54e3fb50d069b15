package cq.assist.core.login;

/**
 * One-time SMS codes for phone login and for proving a household member's identity when co-signing.
 * Codes are 6 digits, valid for 5 minutes, single use, stored only as a keyed hash, and bound to a
 * purpose: a login code does not sign, and a co-signing code signs only through its own link.
 */
public interface SmsCodes {

    /** The purpose of login codes. */
    String LOGIN = "LOGIN";

    /** The purpose of a co-signing code for the link whose token has this SHA-256. */
    static String coSigning(String tokenHash) {
        return "COSIGN:" + tokenHash;
    }

    /**
     * Sends a fresh login code to the phone.
     *
     * @see #send(String, String, String, String)
     */
    default void send(String phone, String clientIp) {
        send(phone, clientIp, LOGIN, null);
    }

    /**
     * Sends a fresh code for a purpose through the SMS budget.
     *
     * @param phone the mobile number (11 digits, normalised); must not be null
     * @param clientIp the caller's address, for the per-IP limit; may be null
     * @param purpose {@link #LOGIN} or {@link #coSigning(String)}
     * @param applicantKey blind index of the applicant's ID number a co-signing code is sent for, or null
     * @throws cq.assist.core.common.DomainException TOO_MANY_REQUESTS (with retry-after seconds) past
     *     5 codes per phone in 10 minutes, the per-IP limit, the daily budgets, or while the phone is
     *     locked from this address, or the address for every phone, after too many wrong codes
     */
    void send(String phone, String clientIp, String purpose, String applicantKey);

    /** Consumes a login code from an unknown address; see {@link #consume(String, String, String, String)}. */
    default boolean consume(String phone, String code) {
        return consume(phone, code, LOGIN, null);
    }

    /** Consumes a code from an unknown address; see {@link #consume(String, String, String, String)}. */
    default boolean consume(String phone, String code, String purpose) {
        return consume(phone, code, purpose, null);
    }

    /**
     * Consumes the code: true exactly once for a code of this purpose sent to this phone within its
     * lifetime; false when it is wrong, already used, expired, of another purpose, while the phone is locked
     * from this address or the address for every phone, or while the phone is guarded and the code was asked
     * for from another address (limits in {@link SmsCodeService}).
     *
     * @param clientIp the caller's address (after the trusted-proxy rule), may be null (unknown)
     */
    boolean consume(String phone, String code, String purpose, String clientIp);
}
