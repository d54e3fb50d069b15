package cq.assist.core.account;

import java.time.Instant;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;

/** {@code staff_account} for the login: read under a row lock, then record the outcome. */
@Mapper
interface StaffAccountMapper {

    /** The account with this username, locked for update until the transaction ends. */
    Optional<StaffAccount> selectByUsernameForUpdate(String username);

    /** The kind of a department (CIVIL_AFFAIRS, HOUSING, ...), or null when it does not exist. */
    String selectDepartmentKind(String departmentCode);

    /** Records a failed attempt: the new consecutive-failure count and the lockout end (null: none). */
    int updateLoginFailure(LoginFailure failure);

    /** Records a successful login: resets the failures and the lockout, remembers the TOTP step. */
    int updateLoginSuccess(LoginSuccess success);

    /** A failed attempt to record. */
    record LoginFailure(long id, int failedAttempts, Instant lockedUntil, Instant at) {}

    /** A successful login to record. */
    record LoginSuccess(long id, long totpStep, Instant at) {}
}
