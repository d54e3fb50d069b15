package cq.assist.bench.load;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Multiplies the open tasks that real applications created (templates: every open user task with its
 * candidate link, its item case and its application, as Flowable and the app wrote them) into
 * {@code target} open tasks, with MariaDB's sequence engine ({@code seq_1_to_N}) and
 * {@code INSERT ... SELECT} in chunks: copy {@code n} of a template gets ids {@code f(id, n)} (the first
 * 24 characters of the template's UUID and n in hex), so task, candidate link, item case and application
 * stay joined. Copies are spread over {@link #DISTRICTS} (Chongqing's 38 district and county codes) and
 * over four steps: the template's home visit ({@code community:<code>}), street review
 * ({@code dept:CIVIL_AFFAIRS@<street>}), district decision ({@code dept:CIVIL_AFFAIRS@<district>}) and a
 * department review of a joint item ({@code dept:<KIND>@<district>}); creation times over the last 60
 * days and due times from 10 days past to 20 ahead. Only the tables the inbox reads are multiplied
 * (not the executions, variables or history): a generated task can be listed, not completed.
 */
final class InboxGenerator {

    private static final Logger LOG = LoggerFactory.getLogger(InboxGenerator.class);

    /** District and county codes of Chongqing (the 4 seeded ones among them). */
    static final String[] DISTRICTS = {
        "500101", "500102", "500103", "500104", "500105", "500106", "500107", "500108", "500109", "500110",
        "500111", "500112", "500113", "500114", "500115", "500116", "500117", "500118", "500119", "500120",
        "500151", "500152", "500153", "500154", "500155", "500156", "500229", "500230", "500231", "500233",
        "500235", "500236", "500237", "500238", "500240", "500241", "500242", "500243"
    };

    private static final int CHUNK = 20_000;

    private InboxGenerator() {}

    /** Generates copies until about {@code target} open tasks exist; returns the number of open tasks. */
    /**
     * Generates into an existing database that holds filed applications with open tasks (e.g. one kept by
     * {@code scripts/bench-inbox.sh keep=true}): {@code java -cp benchmarks.jar cq.assist.bench.load.InboxGenerator
     * <jdbc-url> [tasks]}; prints the number of open tasks afterwards.
     */
    public static void main(String[] args) throws SQLException {
        try (Connection c = java.sql.DriverManager.getConnection(args[0])) {
            LOG.info("open tasks: {}", generate(c, args.length > 1 ? Long.parseLong(args[1]) : 1_000_000));
        }
    }

    static long generate(Connection c, long target) throws SQLException {
        c.setAutoCommit(true);
        try (Statement s = c.createStatement()) {
            // copies point at executions and process instances that are not copied (a generated task can be
            // listed, not completed): Flowable's foreign keys are off for this session only
            s.execute("SET SESSION foreign_key_checks = 0");
        }
        List<String[]> templates = new ArrayList<>(); // task id, application id
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT t.ID_, ic.application_id FROM ACT_RU_TASK t"
                        + " JOIN ACT_RU_IDENTITYLINK il ON il.TASK_ID_ = t.ID_ AND il.TYPE_ = 'candidate'"
                        + " JOIN item_case ic ON ic.process_instance_id = t.PROC_INST_ID_ ORDER BY t.ID_")) {
            while (rs.next()) {
                templates.add(new String[] {rs.getString(1), rs.getString(2)});
            }
        }
        if (templates.isEmpty()) {
            throw new IllegalStateException("no open task to copy: file some applications first");
        }
        long existing = LoadHarness.count(c, "SELECT COUNT(*) FROM ACT_RU_TASK");
        long copies = Math.max(0, (target - existing + templates.size() - 1) / templates.size());
        LOG.info("{} template tasks, {} open tasks now; {} copies of each", templates.size(), existing, copies);
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TEMPORARY TABLE bench_district (idx INT PRIMARY KEY, code CHAR(6) NOT NULL)");
            StringBuilder values = new StringBuilder();
            for (int i = 0; i < DISTRICTS.length; i++) {
                values.append(i == 0 ? "" : ",")
                        .append("(")
                        .append(i)
                        .append(",'")
                        .append(DISTRICTS[i])
                        .append("')");
            }
            s.execute("INSERT INTO bench_district VALUES " + values);
            s.execute(
                    "CREATE TEMPORARY TABLE bench_joint_item (idx INT PRIMARY KEY, code VARCHAR(32), kind VARCHAR(32))");
            s.execute("INSERT INTO bench_joint_item SELECT ROW_NUMBER() OVER (ORDER BY code) - 1, code, department_kind"
                    + " FROM assistance_item WHERE department_kind <> 'CIVIL_AFFAIRS' AND kind = 'APPLY'");
        }
        long jointItems = LoadHarness.count(c, "SELECT COUNT(*) FROM bench_joint_item");
        Map<String, String> applications = new LinkedHashMap<>();
        for (String[] t : templates) {
            applications.putIfAbsent(t[1], Integer.toString(applications.size()));
        }
        long started = System.nanoTime();
        for (long from = 1; from <= copies; from += CHUNK) {
            long to = Math.min(copies, from + CHUNK - 1);
            String seq = "seq_" + from + "_to_" + to;
            for (var app : applications.entrySet()) {
                insertApplications(c, seq, app.getKey(), app.getValue());
            }
            for (String[] t : templates) {
                insertTask(c, seq, t[0], jointItems);
            }
            LOG.info("copies {}..{} of {}: {} s", from, to, copies, (System.nanoTime() - started) / 1_000_000_000L);
        }
        try (Statement s = c.createStatement()) {
            for (String table : List.of("ACT_RU_TASK", "ACT_RU_IDENTITYLINK", "item_case", "application")) {
                s.execute("ANALYZE TABLE " + table);
            }
        }
        return LoadHarness.count(c, "SELECT COUNT(*) FROM ACT_RU_TASK");
    }

    static String f(String column) {
        return "CONCAT(LEFT(" + column + ", 24), LPAD(HEX(s.seq), 12, '0'))";
    }

    private static final String DISTRICT = "(SELECT code FROM bench_district WHERE idx = s.seq % 38)";
    /** 0 home visit (template), 1 street review, 2 district decision, 3 department review. */
    private static final String VARIANT = "((s.seq DIV 38) % 4)";

    private static void insertApplications(Connection c, String seq, String applicationId, String index)
            throws SQLException {
        Map<String, String> o = new LinkedHashMap<>();
        o.put("id", f("tpl.id"));
        o.put("application_no", "CONCAT('YB', LPAD(" + index + ", 3, '0'), LPAD(s.seq, 9, '0'))");
        o.put("community_code", "CONCAT(" + DISTRICT + ", SUBSTRING(tpl.community_code, 7))");
        copy(c, "application", o, seq, "tpl.id = '" + applicationId + "'");
    }

    private static void insertTask(Connection c, String seq, String taskId, long jointItems) throws SQLException {
        String jointItem = "(SELECT %s FROM bench_joint_item WHERE idx = (s.seq DIV 152) MOD " + jointItems + ")";
        String key = "CASE " + VARIANT + " WHEN 0 THEN tpl.TASK_DEF_KEY_ WHEN 1 THEN 'streetReview'"
                + " WHEN 2 THEN 'districtDecision' ELSE 'departmentReview' END";
        String join = " JOIN item_case tpl_case ON tpl_case.process_instance_id = tpl.PROC_INST_ID_";
        Map<String, String> task = new LinkedHashMap<>();
        task.put("ID_", f("tpl.ID_"));
        task.put("PROC_INST_ID_", f("tpl.PROC_INST_ID_"));
        task.put("EXECUTION_ID_", f("tpl.EXECUTION_ID_"));
        task.put("TASK_DEF_KEY_", key);
        task.put(
                "NAME_",
                "CASE " + VARIANT + " WHEN 0 THEN tpl.NAME_ WHEN 1 THEN '街道审核' WHEN 2 THEN '区县民政确认'"
                        + " ELSE '部门审核' END");
        task.put("CREATE_TIME_", "tpl.CREATE_TIME_ - INTERVAL (s.seq % 60) DAY - INTERVAL (s.seq % 86400) SECOND");
        task.put("DUE_DATE_", "tpl.DUE_DATE_ + INTERVAL (CAST(s.seq % 30 AS SIGNED) - 10) DAY");
        copy(c, "ACT_RU_TASK", task, seq, "tpl.ID_ = '" + taskId + "'", join);
        Map<String, String> link = new LinkedHashMap<>();
        link.put("ID_", f("tpl.ID_"));
        link.put("TASK_ID_", f("tpl.TASK_ID_"));
        link.put("GROUP_ID_", group("tpl.GROUP_ID_", "tpl_case", jointItem));
        copy(
                c,
                "ACT_RU_IDENTITYLINK",
                link,
                seq,
                "tpl.TASK_ID_ = '" + taskId + "' AND tpl.TYPE_ = 'candidate'",
                " JOIN ACT_RU_TASK tpl_task ON tpl_task.ID_ = tpl.TASK_ID_"
                        + " JOIN item_case tpl_case ON tpl_case.process_instance_id = tpl_task.PROC_INST_ID_");
        Map<String, String> itemCase = new LinkedHashMap<>();
        itemCase.put("id", f("tpl.id"));
        itemCase.put("application_id", f("tpl.application_id"));
        itemCase.put("process_instance_id", f("tpl.process_instance_id"));
        itemCase.put(
                "item_code",
                "CASE WHEN " + VARIANT + " = 3 THEN " + jointItem.formatted("code") + " ELSE tpl.item_code END");
        itemCase.put("region_code", "CONCAT(" + DISTRICT + ", SUBSTRING(tpl.region_code, 7))");
        itemCase.put("department_code", "CONCAT(SUBSTRING_INDEX(tpl.department_code, '@', 1), '@', " + DISTRICT + ")");
        itemCase.put(
                "current_step",
                "CASE " + VARIANT + " WHEN 0 THEN tpl.current_step WHEN 1 THEN 'STREET_REVIEW'"
                        + " WHEN 2 THEN 'DISTRICT_DECISION' ELSE 'DEPARTMENT_REVIEW' END");
        itemCase.put("household_key", "SHA2(CONCAT(tpl.household_key, s.seq), 256)");
        // one active key per copied case: two templates of one household may become the same joint item
        itemCase.put("active_key", "SHA2(CONCAT(tpl.id, s.seq), 256)");
        itemCase.put("due_at", "tpl.due_at + INTERVAL (CAST(s.seq % 30 AS SIGNED) - 10) DAY");
        itemCase.put("task_group", group("tpl.task_group", "tpl", jointItem));
        itemCase.put("task_since", "tpl.task_since - INTERVAL (s.seq % 60) DAY - INTERVAL (s.seq % 86400) SECOND");
        copy(
                c,
                "item_case",
                itemCase,
                seq,
                "tpl.process_instance_id = (SELECT PROC_INST_ID_ FROM ACT_RU_TASK WHERE ID_ = '" + taskId + "')");
    }

    /** The candidate group of copy s.seq: the template's own (moved to the copy's district) or another step's. */
    private static String group(String templateGroup, String caseAlias, String jointItem) {
        // Flowable's GROUP_ID_ is utf8mb3_bin, our columns and the temporary tables utf8mb4: one collation for all
        String district = bin(DISTRICT);
        String community = "CONCAT(" + district + ", " + bin("SUBSTRING(" + caseAlias + ".region_code, 7)") + ")";
        return "CASE " + VARIANT + " WHEN 0 THEN REPLACE(" + bin(templateGroup) + ", "
                + bin("LEFT(" + caseAlias + ".region_code, 6)") + ", " + district + ")"
                + " WHEN 1 THEN CONCAT(" + bin("'dept:CIVIL_AFFAIRS@'") + ", LEFT(" + community + ", 9))"
                + " WHEN 2 THEN CONCAT(" + bin("'dept:CIVIL_AFFAIRS@'") + ", " + district + ")"
                + " ELSE CONCAT(" + bin("'dept:'") + ", " + bin(jointItem.formatted("kind")) + ", " + bin("'@'")
                + ", " + district + ") END";
    }

    private static String bin(String expression) {
        return "(CONVERT(" + expression + " USING utf8mb4) COLLATE utf8mb4_bin)";
    }

    private static void copy(Connection c, String table, Map<String, String> overrides, String seq, String where)
            throws SQLException {
        copy(c, table, overrides, seq, where, "");
    }

    /** INSERT INTO table SELECT (every column, overridden where given) FROM seq JOIN table tpl WHERE ... */
    private static void copy(
            Connection c, String table, Map<String, String> overrides, String seq, String where, String joins)
            throws SQLException {
        List<String> columns = new ArrayList<>();
        try (var ps = c.prepareStatement("SELECT COLUMN_NAME FROM information_schema.COLUMNS"
                + " WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ? ORDER BY ORDINAL_POSITION")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    columns.add(rs.getString(1));
                }
            }
        }
        StringBuilder select = new StringBuilder();
        for (String col : columns) {
            select.append(select.length() == 0 ? "" : ", ").append(overrides.getOrDefault(col, "tpl.`" + col + "`"));
        }
        String sql = "INSERT INTO " + table + " (`" + String.join("`, `", columns) + "`) SELECT " + select + " FROM "
                + seq + " s JOIN " + table + " tpl" + joins + " WHERE " + where;
        try (Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }
}
