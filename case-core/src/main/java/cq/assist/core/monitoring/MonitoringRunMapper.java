package cq.assist.core.monitoring;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Screening runs ({@code monitoring_run}). */
@Mapper
interface MonitoringRunMapper {

    /** Records a new run with the plan a take-over needs to execute it again. */
    void insert(@Param("row") RunRow row, @Param("plan") RunPlan plan);

    RunRow selectById(String id);

    /** The newest runs first. */
    List<RunRow> selectRecent(@Param("offset") long offset, @Param("limit") int limit);

    long countAll();

    /**
     * Ends the owner's RUNNING run as {@code status} (DONE or FAILED); its totals stay as the writer added them.
     * 0 when the run is no longer RUNNING or another node took it over.
     */
    int finish(
            @Param("id") String id,
            @Param("owner") String owner,
            @Param("status") String status,
            @Param("error") String error,
            @Param("finishedAt") java.time.Instant finishedAt);

    /** Beats the heartbeat of every RUNNING run {@code owner} executes or queues (wall-clock time). */
    int heartbeat(@Param("owner") String owner, @Param("at") java.time.Instant at);

    /** RUNNING runs whose heartbeat is older than {@code staleBefore} (or missing), oldest first. */
    List<StaleRun> selectStale(@Param("staleBefore") java.time.Instant staleBefore, @Param("limit") int limit);

    /**
     * Takes a stale RUNNING run over for {@code owner}: beats its heartbeat, counts the attempt and, for a run
     * that screens every household in scope again (not a scheduled one), starts its household total afresh.
     * 1 for exactly one caller; 0 when it is no longer stale (another node claimed it) or no longer RUNNING.
     */
    int claim(
            @Param("id") String id,
            @Param("owner") String owner,
            @Param("now") java.time.Instant now,
            @Param("staleBefore") java.time.Instant staleBefore);

    /** Ends a stale RUNNING run FAILED without executing it again; 0 when it is no longer stale or RUNNING. */
    int abandon(
            @Param("id") String id,
            @Param("staleBefore") java.time.Instant staleBefore,
            @Param("error") String error,
            @Param("finishedAt") java.time.Instant finishedAt);

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
