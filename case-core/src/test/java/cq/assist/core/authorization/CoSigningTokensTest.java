package cq.assist.core.authorization;

import static cq.assist.core.fixtures.CaseFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cq.assist.core.fixtures.CaseFixtures;
import cq.assist.core.pii.PiiCipher;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** Co-signing links: a random token stored only as its hash and encrypted, valid for the configured time. */
class CoSigningTokensTest {

    private final AuthorizationTokenMapper mapper = mock(AuthorizationTokenMapper.class);
    private final PiiCipher cipher = CaseFixtures.cipher();
    private final AuthorizationSettings settings =
            new AuthorizationSettings(Duration.ofHours(48), Duration.ofHours(24), "https://h5.example/");
    private final CoSigningTokens tokens = new CoSigningTokens(mapper, cipher, settings);

    @Test
    void issuesARandomTokenKeptAsItsHashAndUsableForFortyEightHours() {
        String token = tokens.issue("app-1", 2, "2026-01", NOW);

        ArgumentCaptor<TokenRow> row = ArgumentCaptor.forClass(TokenRow.class);
        verify(mapper).insert(row.capture());
        assertThat(token).hasSize(43).doesNotContain("=");
        assertThat(row.getValue().tokenHash())
                .isEqualTo(CoSigningTokens.hash(token))
                .isNotEqualTo(token);
        assertThat(row.getValue().expiresAt()).isEqualTo(NOW.plus(Duration.ofHours(48)));
        assertThat(row.getValue().memberSeq()).isEqualTo(2);
        assertThat(tokens.issue("app-1", 2, "2026-01", NOW)).isNotEqualTo(token);

        when(mapper.selectOpen("app-1")).thenReturn(List.of(row.getValue()));
        assertThat(tokens.pending("app-1"))
                .containsExactly(new PendingLink(
                        2,
                        "https://h5.example/sign#token=" + token,
                        "https://h5.example/api/v1/authorizations/" + token + "/qr.png",
                        NOW.plus(Duration.ofHours(48))));
    }
}
