package cq.assist.core.login;

import java.util.Optional;

/**
 * Phone accounts of mobile-api (residents and community workers). A token's subject is the account id;
 * the phone itself stays encrypted in {@code mobile_account}.
 */
public interface MobileAccounts {

    /** The blind index of the account's phone (see {@code PiiCipher.blindIndex}), if the account exists. */
    Optional<String> phoneHashOf(String accountId);

    /** The account's phone (11 digits), if the account exists. */
    Optional<String> phoneOf(String accountId);

    /** The person the account is bound to by a real-name check, if any. */
    Optional<RealName> realNameOf(String accountId);

    /**
     * Binds the account to a person.
     *
     * @return false when the account is already bound to another person (nothing changes)
     */
    boolean bind(String accountId, RealName realName);

    /**
     * A real-name binding.
     *
     * @param name the person's name (normalised)
     * @param idNumber the person's ID number (normalised; never logged, masked in every view)
     * @param idNumberHash the blind index of {@code idNumber}
     * @param method how the check was done (the verifier's method)
     * @param reference the verifier's reference for the check
     * @param verifiedAt business time of the check
     */
    record RealName(
            String name,
            String idNumber,
            String idNumberHash,
            String method,
            String reference,
            java.time.Instant verifiedAt) {}
}
