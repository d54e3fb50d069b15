package cq.assist.mobile.support;

import cq.assist.core.time.BusinessClock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What a test prints when it has waited too long for the engine's asynchronous work of one application: every
 * job of the application's process tree (the application process and the item processes it called) in each of
 * Flowable's job tables, with its due date, retries, the executor that locked it and until when, and the
 * business clock beside the system clock (the engine reads time from the business clock, so a clock of this
 * context behind the one that wrote a due date would hold a timer back).
 *
 * <p>It only reads; a test calls it in its failure message so that a stall in the full suite says which
 * executor held which job, instead of only that the wait ran out.
 */
public final class EngineJobs {

    private static final String PROCESS_TREE = " WHERE PROCESS_INSTANCE_ID_ IN (SELECT ID_ FROM ACT_RU_EXECUTION"
            + " WHERE PARENT_ID_ IS NULL AND ROOT_PROC_INST_ID_ IN"
            + " (SELECT PROC_INST_ID_ FROM ACT_RU_EXECUTION WHERE BUSINESS_KEY_ = ?))";

    private static final Map<String, String> TABLES = Map.of(
            "ACT_RU_JOB", "ELEMENT_ID_, RETRIES_, DUEDATE_, LOCK_OWNER_, LOCK_EXP_TIME_, EXCEPTION_MSG_",
            "ACT_RU_TIMER_JOB", "ELEMENT_ID_, RETRIES_, DUEDATE_, LOCK_OWNER_, LOCK_EXP_TIME_, EXCEPTION_MSG_",
            "ACT_RU_SUSPENDED_JOB", "ELEMENT_ID_, RETRIES_, DUEDATE_, EXCEPTION_MSG_",
            "ACT_RU_DEADLETTER_JOB", "ELEMENT_ID_, DUEDATE_, EXCEPTION_MSG_");

    private EngineJobs() {}

    /**
     * One line per job of the application's process tree, then one line with the clocks; {@code "no job"} when
     * the tree has none (its work is done, or it never started).
     *
     * @param applicationId the application's id (the application process's business key)
     */
    public static List<String> describe(JdbcTemplate jdbc, BusinessClock clock, String applicationId) {
        List<String> rows = new ArrayList<>();
        TABLES.forEach((table, columns) -> jdbc.queryForList(
                        "SELECT " + columns + " FROM " + table + PROCESS_TREE, applicationId)
                .forEach(row -> rows.add(table + " " + row)));
        if (rows.isEmpty()) {
            rows.add("no job of the application's process tree");
        }
        rows.add("system clock " + Instant.now() + ", business clock " + clock.now() + " (offset " + clock.offset()
                + ", shared offset " + jdbc.queryForList("SELECT * FROM business_clock") + ")");
        return rows;
    }
}
