package cq.assist.core.authorization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.Test;

/** Failed co-signing attempts count against the link; the fifth makes it void. */
class TokenFailuresTest {

    private final AuthorizationTokenMapper tokens = mock(AuthorizationTokenMapper.class);
    private final TokenFailures failures = new TokenFailures(tokens);

    @Test
    void countsAttemptsAndIsExhaustedAtFive() {
        failures.count("th");
        verify(tokens).updateFailedAttempts("th");

        when(tokens.selectFailedAttempts("th")).thenReturn(4, 5);
        assertThat(failures.exhausted("th")).isFalse();
        assertThat(failures.exhausted("th")).isTrue();
        assertThat(TokenFailures.MAX).isEqualTo(5);
    }
}
