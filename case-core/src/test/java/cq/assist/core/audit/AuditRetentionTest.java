package cq.assist.core.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link AuditRetention} without a database (the whole archive on MariaDB is web-api's AuditRetentionIT): the
 * cutoff is six months back from the run's clock, so nothing younger is ever taken; a chain whose next entry does
 * not link to the last anchor is never archived and raises the verifier's alert; and with no archive directory
 * a run refuses to start instead of deleting anything.
 */
class AuditRetentionTest {

    private static final Instant NOW = Instant.parse("2027-06-30T02:00:00Z");

    private final AuditAnchorMapper anchors = mock(AuditAnchorMapper.class);
    private final AuditLogMapper entries = mock(AuditLogMapper.class);
    private final AuditLog log = mock(AuditLog.class);
    private final AuditSeal seal = mock(AuditSeal.class);

    private AuditRetention retention(String dir) {
        return new AuditRetention(
                anchors,
                entries,
                log,
                seal,
                new AuditProperties("k", Duration.ofHours(1), null, dir, Duration.ofDays(1)));
    }

    @Test
    void takesNothingWhenTheOldestEntryIsYoungerThanSixMonths(@TempDir Path dir) {
        when(anchors.selectLatest()).thenReturn(Optional.empty());
        when(anchors.selectFirstSeqAtOrAfter(any())).thenReturn(1L);

        AuditRetention.Result result = retention(dir.toString()).archive(NOW, dir);

        assertThat(result.archived()).isZero();
        assertThat(result.chainBroken()).isFalse();
        verify(anchors).selectFirstSeqAtOrAfter(NOW.minus(Duration.ofDays(180)));
        verify(anchors, never()).selectRange(anyLong(), anyLong(), anyInt());
        assertThat(dir.toFile().list()).isEmpty();
    }

    @Test
    void aChainThatDoesNotLinkToTheLastAnchorIsNeverArchivedAndRaisesTheAlert(@TempDir Path dir) {
        when(anchors.selectLatest()).thenReturn(Optional.empty());
        when(anchors.selectFirstSeqAtOrAfter(any())).thenReturn(3L);
        AuditLogRow forged = new AuditLogRow(
                1L,
                1,
                NOW.minus(Duration.ofDays(400)),
                "a",
                "ADMIN",
                "LOGIN",
                "STAFF_ACCOUNT",
                "a",
                null,
                null,
                "not-the-genesis",
                "h1",
                "SUCCESS",
                null,
                2);
        when(anchors.selectRange(eq(0L), eq(2L), anyInt())).thenReturn(List.of(forged));

        AuditRetention.Result result = retention(dir.toString()).archive(NOW, dir);

        assertThat(result.chainBroken()).isTrue();
        assertThat(result.archived()).isZero();
        verify(entries).insertAlert(any(), eq("RETENTION"), eq("ENTRY_ALTERED"), eq(1L), eq(0L));
        assertThat(dir.toFile().list()).as("no archive written").isEmpty();
    }

    @Test
    void withoutAnArchiveDirectoryARunRefusesToStart() {
        assertThatThrownBy(() -> retention(null).archiveNow())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("archive-dir");
        verifyNoInteractions(anchors, entries);
    }
}
