package cq.assist.core.login;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** {@link MobileLogouts}: a logged-out token is recorded once with its expiry, and only it reads as logged out. */
class MobileLogoutsTest {

    private final MobileLogoutMapper mapper = mock(MobileLogoutMapper.class);
    private final MobileLogouts logouts = new MobileLogouts(mapper);

    @Test
    void recordsTheTokenWithItsSubjectAndExpiry() {
        Instant expires = Instant.parse("2099-01-01T00:00:00Z");

        logouts.logOut("jti-1", "42", expires);

        verify(mapper).insert(eq("jti-1"), eq("42"), any(Instant.class), eq(expires));
    }

    @Test
    void onlyARecordedTokenReadsAsLoggedOut() {
        when(mapper.countByJti("jti-1")).thenReturn(1);
        when(mapper.countByJti("jti-2")).thenReturn(0);

        assertThat(logouts.loggedOut("jti-1")).isTrue();
        assertThat(logouts.loggedOut("jti-2")).isFalse();
    }
}
