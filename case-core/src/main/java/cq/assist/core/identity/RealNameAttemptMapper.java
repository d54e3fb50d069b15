package cq.assist.core.identity;

import java.time.Instant;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Rows of {@code real_name_attempt}: one per real-name check an account asked for (business time). */
@Mapper
interface RealNameAttemptMapper {

    /** Records one check of the account at {@code at}. */
    void insert(@Param("accountId") String accountId, @Param("at") Instant at);

    /** The account's checks at or after {@code since}. */
    int countSince(@Param("accountId") String accountId, @Param("since") Instant since);

    /** The time of the account's oldest check at or after {@code since}, or null when there is none. */
    Instant selectOldestSince(@Param("accountId") String accountId, @Param("since") Instant since);

    /** Deletes one check of the account recorded at exactly {@code at} (a refused one); returns 0 or 1. */
    int deleteOne(@Param("accountId") String accountId, @Param("at") Instant at);

    /** Deletes the account's checks before {@code before}; returns how many. */
    int deleteBefore(@Param("accountId") String accountId, @Param("before") Instant before);
}
