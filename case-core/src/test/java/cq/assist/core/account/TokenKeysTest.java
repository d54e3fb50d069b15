package cq.assist.core.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cq.assist.core.audit.AuditEntry;
import cq.assist.core.audit.AuditRecorder;
import cq.assist.core.common.DomainException;
import cq.assist.core.common.ProblemKind;
import cq.assist.core.fixtures.CaseFixtures;
import cq.assist.core.pii.PiiCipher;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** Token signing keys: a new random 32-byte key signs only after it was published, kept encrypted, audited. */
class TokenKeysTest {

    private final TokenKeyMapper mapper = mock(TokenKeyMapper.class);
    private final PiiCipher cipher = CaseFixtures.cipher();
    private final AuditRecorder audit = mock(AuditRecorder.class);
    private final TokenKeys keys = new TokenKeys(mapper, cipher, audit);

    @Test
    void aRotatedKeySignsAfterThePublishDelayAndReadsBackAsItsSecret() {
        TokenKeys.KeyInfo info = keys.rotate("admin", Duration.ofMinutes(10));

        assertThat(info.kid()).matches("r-[0-9a-f]{12}");
        assertThat(info.signsFrom()).isEqualTo(info.createdAt().plus(Duration.ofMinutes(10)));
        ArgumentCaptor<TokenKeyMapper.TokenKeyRow> row = ArgumentCaptor.forClass(TokenKeyMapper.TokenKeyRow.class);
        verify(mapper).insert(row.capture());
        ArgumentCaptor<AuditEntry> entry = ArgumentCaptor.forClass(AuditEntry.class);
        verify(audit).record(entry.capture());
        assertThat(entry.getValue().subjectId()).isEqualTo(info.kid());

        when(mapper.selectActive()).thenReturn(List.of(row.getValue()));
        assertThat(keys.active()).singleElement().satisfies(k -> {
            assertThat(k.kid()).isEqualTo(info.kid());
            assertThat(k.secret()).hasSize(32);
        });
        assertThat(keys.rotate("admin", Duration.ZERO).kid()).isNotEqualTo(info.kid());
    }

    @Test
    void retiringAnUnknownKeyIsNotFoundAndNotAudited() {
        when(mapper.retire(eq("r-1"), any())).thenReturn(1);
        keys.retire("r-1", "admin");
        verify(audit).record(any());

        assertThatThrownBy(() -> keys.retire("r-2", "admin"))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.kind()).isEqualTo(ProblemKind.NOT_FOUND));
        verify(audit, org.mockito.Mockito.times(1)).record(any());
        verify(mapper, never()).retire(eq("r-3"), any());
        assertThat(keys.all()).isEmpty();
    }
}
