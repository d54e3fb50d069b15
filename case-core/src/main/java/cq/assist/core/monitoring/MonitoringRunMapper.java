package cq.assist.core.monitoring;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Screening runs ({@code monitoring_run}). */
@Mapper
interface MonitoringRunMapper {

    void insert(RunRow row);

    RunRow selectById(String id);

    /** The newest runs first. */
    List<RunRow> selectRecent(@Param("offset") long offset, @Param("limit") int limit);

    long countAll();

    /** Running totals and, when {@code status} is not RUNNING, the end. */
    int updateCounts(RunRow row);

    /** Takes the screening lease when it is free, lapsed or already the holder's; 1 when taken. */
    int acquireLease(
            @Param("holder") String holder,
            @Param("now") java.time.Instant now,
            @Param("until") java.time.Instant until);

    /** Moves the holder's lease on; 0 when the holder no longer has it. */
    int renewLease(@Param("holder") String holder, @Param("until") java.time.Instant until);

    /** Frees the holder's lease; 0 when the holder no longer has it. */
    int releaseLease(@Param("holder") String holder);
}
