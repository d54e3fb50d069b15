package cq.assist.core.authorization;

import static cq.assist.core.fixtures.CaseFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cq.assist.core.common.DomainException;
import cq.assist.core.common.ProblemKind;
import cq.assist.core.fixtures.CaseFixtures;
import cq.assist.core.intake.ApplicationRow;
import cq.assist.core.intake.Applications;
import cq.assist.core.intake.MemberRow;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A co-signing link is open while unused, unexpired, not void and its application still waits for it. */
class OpenTokensTest {

    private static final String TOKEN = "raw-token";
    private static final String HASH = CoSigningTokens.hash(TOKEN);

    private final AuthorizationTokenMapper tokens = mock(AuthorizationTokenMapper.class);
    private final Applications applications = mock(Applications.class);
    private final OpenTokens open = new OpenTokens(tokens, applications, CaseFixtures.clock());
    private final MemberRow spouse =
            new MemberRow("app-1", 2, "王芳", null, "M2", "SPOUSE", null, null, null, null, false, null, true);

    private static TokenRow token(java.time.Instant expires, java.time.Instant used) {
        return new TokenRow(HASH, null, "app-1", 2, "2026-01", expires, used, null);
    }

    private static ApplicationRow waiting(String status) {
        return CaseFixtures.application("app-1", "YJ1", status, CaseFixtures.COMMUNITY, "H1", NOW);
    }

    @BeforeEach
    void aWaitingApplication() {
        when(applications.find("app-1")).thenReturn(waiting("AWAITING_AUTHORIZATION"));
        when(applications.lockStatus("app-1")).thenReturn("AWAITING_AUTHORIZATION");
        when(applications.members("app-1")).thenReturn(List.of(spouse));
    }

    @Test
    void findsTheLinkByTheHashOfTheTokenWithItsApplicationAndMember() {
        when(tokens.selectByHash(HASH)).thenReturn(token(NOW.plus(Duration.ofHours(1)), null));

        OpenToken found = open.find(TOKEN, true);

        assertThat(found.member()).isEqualTo(spouse);
        assertThat(found.application().id()).isEqualTo("app-1");
        verify(applications).lockStatus("app-1");
    }

    @Test
    void anUnknownTokenIsNotFound() {
        for (String token : new String[] {null, " ", "other"}) {
            assertThatThrownBy(() -> open.find(token, false))
                    .isInstanceOfSatisfying(
                            DomainException.class, e -> assertThat(e.kind()).isEqualTo(ProblemKind.NOT_FOUND));
        }
        verify(applications, never()).lockStatus(anyString());
    }

    @Test
    void usedExpiredVoidOrNoLongerWaitingIsGone() {
        when(tokens.selectByHash(HASH)).thenReturn(token(NOW.plus(Duration.ofHours(1)), NOW));
        assertGone();
        when(tokens.selectByHash(HASH)).thenReturn(token(NOW, null));
        assertGone();
        when(tokens.selectByHash(HASH)).thenReturn(token(NOW.plus(Duration.ofHours(1)), null));
        when(tokens.selectFailedAttempts(HASH)).thenReturn(TokenFailures.MAX);
        assertGone();
        when(tokens.selectFailedAttempts(HASH)).thenReturn(0);
        when(applications.find("app-1")).thenReturn(waiting("WITHDRAWN"));
        assertGone();
    }

    private void assertGone() {
        assertThatThrownBy(() -> open.find(TOKEN, false))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.kind()).isEqualTo(ProblemKind.GONE));
    }
}
