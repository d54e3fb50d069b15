package cq.assist.core.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cq.assist.core.account.StaffSessionMapper.SessionState;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A staff token is usable while its session is known, its own, not revoked, enabled, unexpired and not idle. */
class StaffSessionsTest {

    private static final Duration IDLE = Duration.ofMinutes(30);

    private final StaffSessionMapper mapper = mock(StaffSessionMapper.class);
    private final StaffSessions sessions = new StaffSessions(mapper);

    private void state(Instant lastSeen, Instant revoked, boolean enabled, Instant expires) {
        when(mapper.selectState("jti-1"))
                .thenReturn(Optional.of(new SessionState("jti-1", "12", expires, lastSeen, revoked, enabled)));
    }

    @Test
    void aFreshSessionIsUsableAndTouchedOnlyAfterThirtySeconds() {
        Instant now = Instant.now();
        state(now, null, true, now.plus(Duration.ofHours(8)));
        assertThat(sessions.use("jti-1", "12", IDLE)).isTrue();
        verify(mapper, never()).updateLastSeen(anyString(), any());

        state(now.minus(Duration.ofMinutes(5)), null, true, now.plus(Duration.ofHours(8)));
        assertThat(sessions.refusal("jti-1", "12", IDLE)).isNull();
        verify(mapper).updateLastSeen(eq("jti-1"), any());
    }

    @Test
    void eachRefusalHasItsReasonAndIdleOrDisabledRevokeTheSession() {
        Instant now = Instant.now();
        Instant later = now.plus(Duration.ofHours(8));
        assertThat(sessions.refusal("jti-1", "12", IDLE)).isEqualTo("UNKNOWN");
        state(now, null, true, later);
        assertThat(sessions.refusal("jti-1", "13", IDLE)).as("another subject").isEqualTo("UNKNOWN");
        state(now, now, true, later);
        assertThat(sessions.refusal("jti-1", "12", IDLE)).isEqualTo("REVOKED");
        state(now, null, true, now.minus(Duration.ofHours(1)));
        assertThat(sessions.refusal("jti-1", "12", IDLE)).isEqualTo("EXPIRED");
        state(now.minus(Duration.ofHours(1)), null, true, later);
        assertThat(sessions.refusal("jti-1", "12", IDLE)).isEqualTo("IDLE");
        verify(mapper).revoke(eq("jti-1"), any(), eq("IDLE"));
        state(now, null, false, later);
        assertThat(sessions.refusal("jti-1", "12", IDLE)).isEqualTo("DISABLED");
        verify(mapper).revoke(eq("jti-1"), any(), eq("DISABLED"));
    }

    @Test
    void opensWithTheAccountIdAndRevokesOnLogOutOrForAllOfASubject() {
        Instant at = Instant.parse("2026-11-30T02:00:00Z");
        sessions.open("jti-1", "12", at, at.plus(Duration.ofHours(8)));
        sessions.open("jti-2", "system", at, at.plus(Duration.ofHours(8)));
        sessions.logOut("jti-1");
        when(mapper.revokeSubject(eq("12"), any(), eq("DISABLED"))).thenReturn(2);

        verify(mapper).insert(new StaffSessionMapper.SessionRow("jti-1", "12", 12L, at, at.plus(Duration.ofHours(8))));
        verify(mapper)
                .insert(new StaffSessionMapper.SessionRow("jti-2", "system", null, at, at.plus(Duration.ofHours(8))));
        verify(mapper).revoke(eq("jti-1"), any(), eq("LOGOUT"));
        assertThat(sessions.revokeAll("12", "DISABLED")).isEqualTo(2);
    }
}
