package cq.assist.core.login;

/**
 * One-time SMS codes for phone login and for proving a household member's identity when co-signing.
 * Codes are 6 digits, valid for 5 minutes, single use, stored only as a keyed hash.
 */
public interface SmsCodes {

    /**
     * Sends a fresh code to the phone through the SMS gateway port.
     *
     * @param phone the mobile number (11 digits); must not be null
     * @param clientIp the caller's address, for the per-IP limit; may be null
     * @throws cq.assist.core.common.DomainException TOO_MANY_REQUESTS (with retry-after seconds) past
     *     5 codes per phone in 10 minutes, or past the per-IP limit
     */
    void send(String phone, String clientIp);

    /**
     * Consumes the code: true exactly once for a code sent to this phone within its lifetime; false
     * when it is wrong, already used or expired.
     */
    boolean consume(String phone, String code);
}
