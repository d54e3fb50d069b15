package cq.assist.core.login;

import java.util.Optional;

/**
 * Phone accounts of mobile-api (residents and community workers). A token's subject is the account id;
 * the phone itself stays encrypted in {@code mobile_account}.
 */
public interface MobileAccounts {

    /** The blind index of the account's phone (see {@code PiiCipher.blindIndex}), if the account exists. */
    Optional<String> phoneHashOf(String accountId);
}
