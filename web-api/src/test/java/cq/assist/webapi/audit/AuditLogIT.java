package cq.assist.webapi.audit;

import static org.assertj.core.api.Assertions.assertThat;

import cq.assist.core.audit.AuditActions;
import cq.assist.core.audit.AuditEntry;
import cq.assist.core.audit.AuditLog;
import cq.assist.core.audit.ChainVerification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The audit hash chain on MariaDB: concurrent appends stay one chain, and an edited or removed entry
 * is reported. Tampering tests restore the row afterwards, since the chain is shared by the whole run.
 */
@SpringBootTest
class AuditLogIT {

    @Autowired
    AuditLog auditLog;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void fiftyAppendsFromFourThreadsFormOneIntactChain() throws Exception {
        long before = headSeq();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Callable<Long>> appends = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            appends.add(() -> auditLog.record(entry()));
        }
        List<Long> seqs = new ArrayList<>();
        for (Future<Long> done : pool.invokeAll(appends)) {
            seqs.add(done.get());
        }
        pool.shutdown();

        assertThat(seqs).doesNotHaveDuplicates().hasSize(50);
        assertThat(headSeq()).isEqualTo(before + 50);
        ChainVerification result = auditLog.verifyChain();
        assertThat(result.ok()).as(result.toString()).isTrue();
        // the chain is walked from the newest archive anchor (AuditRetention), or from seq 1 when none
        long archived = jdbc.queryForObject("SELECT COALESCE(MAX(anchor_seq), 0) FROM audit_anchor", Long.class);
        assertThat(result.checkedEntries()).isEqualTo(before + 50 - archived);
    }

    @Test
    void anEditedByteIsReportedAtThatEntry() {
        long seq = appendThree() - 1;
        Map<String, Object> row = rowAt(seq);
        String purpose = (String) row.get("purpose");
        try {
            jdbc.update("UPDATE audit_log SET purpose = ? WHERE seq = ?", purpose.replace('e', 'f'), seq);

            ChainVerification result = auditLog.verifyChain();

            assertThat(result.ok()).isFalse();
            assertThat(result.brokenSeq()).isEqualTo(seq);
            assertThat(result.brokenId()).isEqualTo(((Number) row.get("id")).longValue());
            assertThat(result.problem()).isEqualTo(ChainVerification.Problem.ENTRY_ALTERED);
        } finally {
            jdbc.update("UPDATE audit_log SET purpose = ? WHERE seq = ?", purpose, seq);
        }
        assertThat(auditLog.verifyChain().ok()).isTrue();
    }

    @Test
    void aRemovedMiddleEntryIsDetected() {
        long middle = appendThree() - 1;
        Map<String, Object> row = rowAt(middle);
        try {
            jdbc.update("DELETE FROM audit_log WHERE seq = ?", middle);

            ChainVerification result = auditLog.verifyChain();

            assertThat(result.ok()).isFalse();
            assertThat(result.brokenSeq()).isEqualTo(middle + 1);
            assertThat(result.problem()).isEqualTo(ChainVerification.Problem.PREVIOUS_ENTRY_MISSING);
        } finally {
            reinsert(row);
        }
        assertThat(auditLog.verifyChain().ok()).isTrue();
    }

    @Test
    void aRemovedNewestEntryIsDetectedAtTheHead() {
        long newest = appendThree();
        Map<String, Object> row = rowAt(newest);
        try {
            jdbc.update("DELETE FROM audit_log WHERE seq = ?", newest);

            ChainVerification result = auditLog.verifyChain();

            assertThat(result.ok()).isFalse();
            assertThat(result.brokenSeq()).isEqualTo(newest);
            assertThat(result.problem()).isEqualTo(ChainVerification.Problem.TAIL_MISSING);
        } finally {
            reinsert(row);
        }
        assertThat(auditLog.verifyChain().ok()).isTrue();
    }

    private long appendThree() {
        auditLog.record(entry());
        auditLog.record(entry());
        return auditLog.record(entry());
    }

    private static AuditEntry entry() {
        return new AuditEntry(
                "it-" + UUID.randomUUID(),
                "ADMIN",
                AuditActions.VIEW_FULL_ID_NUMBER,
                "APPLICATION_MEMBER",
                UUID.randomUUID() + "/0",
                "core review of the household",
                "127.0.0.1");
    }

    private long headSeq() {
        return jdbc.queryForObject("SELECT last_seq FROM audit_chain_head WHERE id = 1", Long.class);
    }

    private Map<String, Object> rowAt(long seq) {
        return jdbc.queryForMap("SELECT * FROM audit_log WHERE seq = ?", seq);
    }

    private void reinsert(Map<String, Object> row) {
        jdbc.update(
                "INSERT INTO audit_log (id, seq, occurred_at, actor_account_id, actor_role, action_code, subject_type,"
                        + " subject_id, purpose, client_ip_hash, prev_hash, entry_hash, outcome, client_addr,"
                        + " seal_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                row.get("id"),
                row.get("seq"),
                row.get("occurred_at"),
                row.get("actor_account_id"),
                row.get("actor_role"),
                row.get("action_code"),
                row.get("subject_type"),
                row.get("subject_id"),
                row.get("purpose"),
                row.get("client_ip_hash"),
                row.get("prev_hash"),
                row.get("entry_hash"),
                row.get("outcome"),
                row.get("client_addr"),
                row.get("seal_version"));
    }
}
