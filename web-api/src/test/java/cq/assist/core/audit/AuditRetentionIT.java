package cq.assist.core.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cq.assist.webapi.WebApiApplication;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Audit retention (issue 8, 等保 level 3: kept at least six months). The job never deletes an entry younger than
 * the retention, archives older ones to a file that verifies on its own, and leaves a sealed anchor from which
 * the retained chain still verifies; a retention under 180 days refuses to start. In this package because the
 * run that stands at a later day is package-private (production can only run at the wall clock).
 */
@SpringBootTest(classes = WebApiApplication.class)
class AuditRetentionIT {

    @Autowired
    AuditRetention retention;

    @Autowired
    AuditLog audit;

    @Autowired
    AuditProperties properties;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path dir;

    @Test
    void atTheWallClockNothingYoungerThanTheRetentionIsDeleted() {
        audit.record(entry("young"));
        long before = count();

        AuditRetention.Result result = retention.archive(Instant.now(), dir);

        assertThat(result.archived()).isZero();
        assertThat(count()).isGreaterThanOrEqualTo(before);
        assertThat(properties.retentionDays()).isGreaterThanOrEqualTo(180);
    }

    @Test
    void olderEntriesAreArchivedAndTheRetainedChainVerifiesFromTheAnchor() throws Exception {
        long old = audit.record(entry("old"));
        Instant oldAt = at(old);
        // the next entry must fall in a later second (entry times are kept to the second)
        while (!Instant.now().truncatedTo(ChronoUnit.SECONDS).isAfter(oldAt)) {
            Thread.onSpinWait();
        }
        long young = audit.record(entry("young"));
        Instant youngAt = at(young);
        assertThat(youngAt).isAfter(oldAt);

        // stand at the day when "old" has just passed the retention and "young" has not
        AuditRetention.Result result = retention.archive(youngAt.plus(properties.retention()), dir);

        assertThat(result.chainBroken()).isFalse();
        // everything before the first entry of young's second is archived: "old" at least, "young" not
        long anchor = result.anchorSeq();
        assertThat(anchor).isBetween(old, young - 1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE seq <= ?", Long.class, anchor))
                .isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE seq = ?", Long.class, young))
                .isEqualTo(1);
        assertThat(audit.verifyChain().ok())
                .as("the retained chain verifies from the anchor")
                .isTrue();
        Path file = dir.resolve(result.archiveName());
        assertThat(Files.readAllLines(file)).hasSizeGreaterThan(1);
        String anchorHash =
                jdbc.queryForObject("SELECT anchor_hash FROM audit_anchor WHERE anchor_seq = ?", String.class, anchor);
        assertThat(retention.verifyArchive(file, anchorHash)).isTrue();
        assertThat(jdbc.queryForObject(
                        "SELECT archive_sha256 FROM audit_anchor WHERE anchor_seq = ?", String.class, anchor))
                .isEqualTo(sha256(file));

        // a forged anchor (moved on to hide the young entry) does not verify
        jdbc.update("UPDATE audit_anchor SET anchor_seq = ? WHERE anchor_seq = ?", young + 1000, anchor);
        try {
            assertThat(audit.verifyChain().ok()).isFalse();
        } finally {
            jdbc.update("UPDATE audit_anchor SET anchor_seq = ? WHERE anchor_seq = ?", anchor, young + 1000);
        }
        // an edited archive line does not verify either
        Files.writeString(file, Files.readString(file).replace("\"old\"", "\"OLD\""));
        assertThat(retention.verifyArchive(file, anchorHash)).isFalse();
        // and a later run at the wall clock removes nothing more
        assertThat(retention.archive(Instant.now(), dir).archived()).isZero();
    }

    @Test
    void aRetentionShorterThanSixMonthsRefusesToStart() {
        assertThatThrownBy(() -> new AuditProperties("k", null, 179, null, null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("180");
        assertThat(new AuditProperties("k", null, null, null, null).retention()).isEqualTo(Duration.ofDays(180));
    }

    private static AuditEntry entry(String purpose) {
        return new AuditEntry("it-retention", "NONE", AuditActions.AUDIT_READ, "AUDIT_LOG", "retention", purpose, null);
    }

    private Instant at(long seq) {
        return jdbc.queryForObject("SELECT occurred_at FROM audit_log WHERE seq = ?", java.sql.Timestamp.class, seq)
                .toInstant();
    }

    private long count() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM audit_log", Long.class);
    }

    private static String sha256(Path file) throws Exception {
        return java.util.HexFormat.of()
                .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
