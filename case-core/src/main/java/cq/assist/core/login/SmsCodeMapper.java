package cq.assist.core.login;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Rows of {@code sms_code}. Times are business times passed in; the SQL never reads the database clock. */
@Mapper
interface SmsCodeMapper {

    void insert(SmsCodeRow row);

    /** Makes sure the phone's lock row exists (INSERT IGNORE). */
    void insertPhoneLock(@Param("phoneHash") String phoneHash);

    /** The lock row of a key (a phone, a phone at an address, an address) without locking it; null if none. */
    PhoneLockRow selectPhoneLock(@Param("phoneHash") String phoneHash);

    /**
     * Deletes the rows whose failure window started before {@code before} and that are not locked or guarded
     * then (a phone's row is created again at its next request); returns how many.
     */
    int deleteIdleFailureRows(@Param("before") Instant before);

    /** Locks the phone's lock row until the transaction ends and returns it. */
    PhoneLockRow selectPhoneLockForUpdate(@Param("phoneHash") String phoneHash);

    /** Writes the phone's wrong-code count, its window and its lock. */
    int updatePhoneLock(
            @Param("phoneHash") String phoneHash,
            @Param("failedCount") int failedCount,
            @Param("windowStart") Instant windowStart,
            @Param("lockedUntil") Instant lockedUntil);

    /** Creation times of the phone's codes issued after {@code since}, oldest first. */
    List<Instant> selectCreatedSinceByPhone(@Param("phoneHash") String phoneHash, @Param("since") Instant since);

    /** Creation times of the address's codes issued after {@code since}, oldest first. */
    List<Instant> selectCreatedSinceByIp(@Param("clientIpHash") String clientIpHash, @Param("since") Instant since);

    /**
     * The newest outstanding (unused, unexpired) code of the phone with this hash, if any; with a
     * {@code clientIpHash}, only a code asked for from that address (a guarded phone).
     */
    Long selectOutstandingId(
            @Param("phoneHash") String phoneHash,
            @Param("codeHash") String codeHash,
            @Param("clientIpHash") String clientIpHash,
            @Param("now") Instant now);

    /** Marks one code used if nobody did so first; returns the number of rows changed (0 or 1). */
    int updateUsed(@Param("id") long id, @Param("usedAt") Instant usedAt);

    /** Counts a wrong guess against each outstanding code of the phone. */
    int updateFailedAttempts(@Param("phoneHash") String phoneHash, @Param("now") Instant now);

    /** Invalidates the phone's outstanding codes that have seen at least {@code maxFailures} wrong guesses. */
    int updateUsedAfterFailures(
            @Param("phoneHash") String phoneHash, @Param("maxFailures") int maxFailures, @Param("now") Instant now);
}
