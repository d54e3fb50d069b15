package cq.assist.core.account;

import cq.assist.core.common.DomainException;
import cq.assist.core.common.ProblemKind;
import java.util.List;

/** Login refused because the account is locked; a retry may succeed after {@link #retryAfterSeconds()}. */
public class AccountLockedException extends DomainException {

    public AccountLockedException(long retryAfterSeconds) {
        super(
                ProblemKind.LOCKED,
                "account.login.locked",
                List.of(),
                retryAfterSeconds,
                Math.max(1, (retryAfterSeconds + 59) / 60));
    }
}
