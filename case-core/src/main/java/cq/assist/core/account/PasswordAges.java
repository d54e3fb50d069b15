package cq.assist.core.account;

/** Whether an account's password has passed the policy's maximum age ({@link StaffPasswords}). */
@FunctionalInterface
public interface PasswordAges {

    /** True when the password must be changed before the account may log in again. */
    boolean expired(long accountId);
}
