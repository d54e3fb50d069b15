package cq.assist.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;

/** The shared business-clock offset in the database; when the database is away the local offset stands. */
class DatabaseClockOffsetStoreTest {

    private final BusinessClockMapper mapper = mock(BusinessClockMapper.class);
    private final DatabaseClockOffsetStore store = new DatabaseClockOffsetStore(mapper);

    @Test
    void readsAndAddsTheSharedOffset() {
        when(mapper.selectOffsetMs()).thenReturn(3_600_000L);
        when(mapper.updateAddOffset(any())).thenReturn(1);

        assertThat(store.read()).contains(Duration.ofHours(1));
        assertThat(store.add(Duration.ofMinutes(5))).contains(Duration.ofHours(1));
    }

    @Test
    void noRowOrNoDatabaseMeansNoSharedOffset() {
        when(mapper.selectOffsetMs()).thenReturn(null);
        assertThat(store.read()).isEmpty();
        when(mapper.updateAddOffset(any())).thenReturn(0);
        assertThat(store.add(Duration.ofMinutes(5))).isEmpty();

        when(mapper.selectOffsetMs()).thenThrow(new DataAccessResourceFailureException("down"));
        assertThat(store.read()).isEmpty();
        assertThat(store.read()).isEmpty();
    }
}
