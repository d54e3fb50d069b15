package cq.assist.core.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cq.assist.core.fixtures.CaseFixtures;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Uploads no application used are deleted once older than the retention, 500 at a time. */
class UnusedFilePurgeTest {

    @Test
    void deletesUnusedUploadsOlderThanTheRetention() {
        StoredFileMapper files = mock(StoredFileMapper.class);
        when(files.deleteUnusedBefore(CaseFixtures.NOW.minus(Duration.ofHours(24)), 500))
                .thenReturn(2);
        UnusedFilePurge purge =
                new UnusedFilePurge(files, CaseFixtures.clock(), Duration.ofHours(24), Duration.ofHours(1));

        assertThat(purge.purge()).isEqualTo(2);
        purge.runRound();

        verify(files, org.mockito.Mockito.times(2))
                .deleteUnusedBefore(CaseFixtures.NOW.minus(Duration.ofHours(24)), 500);
    }
}
