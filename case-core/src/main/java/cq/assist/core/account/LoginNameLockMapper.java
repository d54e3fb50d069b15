package cq.assist.core.account;

import java.time.Instant;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * {@code login_name_lock}: failed staff logins in a row, keyed by a blind index of "username at client address"
 * (known and unknown names alike, so an unknown name locks like a real account and the 423 tells nothing) and of
 * the client address alone (password spraying); see {@code StaffLogin}.
 */
@Mapper
interface LoginNameLockMapper {

    /** The row of this name hash, locked for update until the transaction ends. */
    Optional<NameLock> selectForUpdate(String nameHash);

    /** Inserts a row with no failures; does nothing when it exists (INSERT IGNORE). */
    int insertIfAbsent(@Param("nameHash") String nameHash, @Param("at") Instant at);

    /** Records a failure: the new count and the lockout end (null: none). */
    int update(NameLock lock);

    /** Deletes rows whose last failure is before {@code before} and that are not locked then; returns how many. */
    int deleteIdleBefore(@Param("before") Instant before);

    /** The lock state of one name. */
    record NameLock(String nameHash, int failedAttempts, Instant lockedUntil, Instant lastFailureAt) {

        /** True while a lockout is in force at the given time. */
        boolean lockedAt(Instant now) {
            return lockedUntil != null && now.isBefore(lockedUntil);
        }
    }
}
