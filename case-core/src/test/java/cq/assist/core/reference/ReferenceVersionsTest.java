package cq.assist.core.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Reference data versions: a change bumps the version and drops this node's caches after the commit; every
 * node drops its caches when it sees another version; a database hiccup drops nothing.
 */
class ReferenceVersionsTest {

    private final ReferenceVersionMapper mapper = mock(ReferenceVersionMapper.class);
    private final List<String> dropped = new ArrayList<>();
    private final ReferenceVersions versions = new ReferenceVersions(
            mapper,
            List.of(cache(ReferenceVersions.PARAMETERS), cache(ReferenceVersions.CALENDAR)),
            Duration.ofSeconds(2));

    private ReferenceCache cache(String name) {
        return new ReferenceCache() {
            @Override
            public String referenceName() {
                return name;
            }

            @Override
            public void drop() {
                dropped.add(name);
            }
        };
    }

    @AfterEach
    void noSynchronization() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.clearSynchronization();
        }
    }

    @Test
    void aChangeBumpsTheVersionAndDropsTheCacheAfterTheCommit() {
        TransactionSynchronizationManager.initSynchronization();

        versions.changed(ReferenceVersions.CALENDAR);

        verify(mapper).updateBump(ReferenceVersions.CALENDAR);
        assertThat(dropped).isEmpty();
        for (TransactionSynchronization s : TransactionSynchronizationManager.getSynchronizations()) {
            s.afterCommit();
        }
        assertThat(dropped).containsExactly(ReferenceVersions.CALENDAR);
    }

    @Test
    void anotherNodesChangeIsSeenOnTheNextRound() {
        when(mapper.selectVersion(ReferenceVersions.PARAMETERS)).thenReturn(1L, 1L, 2L);
        when(mapper.selectVersion(ReferenceVersions.CALENDAR)).thenReturn(5L);

        versions.refresh();
        versions.refresh();
        assertThat(dropped).isEmpty();
        versions.refresh();
        assertThat(dropped).containsExactly(ReferenceVersions.PARAMETERS);
    }

    @Test
    void anUnreadableVersionDropsNothing() {
        when(mapper.selectVersion(ReferenceVersions.PARAMETERS)).thenThrow(new DataAccessResourceFailureException("x"));

        versions.refresh();
        versions.runRound();

        assertThat(dropped).isEmpty();
    }
}
