package cq.assist.core.pii;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;

/**
 * {@link UnboundValuesAtStart}: runs the rebinding at start with its batch size unless turned off, answers the
 * outcome per column, and a database error leaves the start going (the values are refused when read).
 */
class UnboundValuesAtStartTest {

    private final DataKeyRotation rotation = mock(DataKeyRotation.class);

    @Test
    void rebindsAtStartWithTheConfiguredBatch() {
        List<DataKeyRotation.ColumnResult> results =
                List.of(new DataKeyRotation.ColumnResult("application", "address_enc", 3, 0, false));
        when(rotation.rebindUnbound(250)).thenReturn(results);

        new UnboundValuesAtStart(rotation, true, 250).afterSingletonsInstantiated();

        verify(rotation).rebindUnbound(250);
        assertThat(new UnboundValuesAtStart(rotation, true, 250).run()).isEqualTo(results);
    }

    @Test
    void turnedOffItDoesNothingAtStart() {
        new UnboundValuesAtStart(rotation, false, 250).afterSingletonsInstantiated();

        verify(rotation, never()).rebindUnbound(250);
    }

    @Test
    void aDatabaseErrorIsAnsweredWithNothingDone() {
        when(rotation.rebindUnbound(500)).thenThrow(new DataAccessResourceFailureException("down"));

        assertThat(new UnboundValuesAtStart(rotation, true, 500).run()).isEmpty();
    }
}
