package cq.assist.core.authorization;

import static cq.assist.core.fixtures.CaseFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cq.assist.core.common.DomainException;
import cq.assist.core.common.ProblemKind;
import cq.assist.core.fixtures.CaseFixtures;
import cq.assist.core.intake.ApplicationForms;
import cq.assist.core.intake.MemberRow;
import cq.assist.core.login.ActiveWorkers;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** Signing in person before the community's worker: a member signs for itself, a guardian for a minor. */
class SigningInPersonTest {

    private static final LetterRow LETTER = new LetterRow("2026-01", "授权书", "sha");
    private static final String PNG = ApplicationForms.signaturePng();

    private final OpenTokens openTokens = mock(OpenTokens.class);
    private final AuthorizationLetterMapper letters = mock(AuthorizationLetterMapper.class);
    private final AuthorizationRecords records = mock(AuthorizationRecords.class);
    private final CoSigning coSigning = mock(CoSigning.class);
    private final ActiveWorkers workers = mock(ActiveWorkers.class);
    private final SigningInPerson signing =
            new SigningInPerson(openTokens, letters, records, coSigning, workers, CaseFixtures.clock());

    private OpenToken linkFor(String name, String relation, LocalDate born) {
        OpenToken open = new OpenToken(
                new TokenRow("th", null, "app-1", 2, "2026-01", NOW.plus(Duration.ofDays(7)), null, null),
                CaseFixtures.application("app-1", "YJ1"),
                new MemberRow("app-1", 2, name, null, "M2", relation, null, null, born, null, false, null, true));
        when(openTokens.find(anyString(), anyBoolean())).thenReturn(open);
        when(letters.selectByVersion("2026-01")).thenReturn(LETTER);
        when(workers.serves("w-1", CaseFixtures.COMMUNITY)).thenReturn(true);
        return open;
    }

    @Test
    void anAdultMemberSignsForItselfWithTheWorkersCheckAsEvidence() {
        OpenToken open = linkFor("王芳", "SPOUSE", LocalDate.of(1980, 1, 1));

        signing.sign("w-1", "raw", "ID_CARD_IN_PERSON", PNG, null);

        ArgumentCaptor<NewSignature> sealed = ArgumentCaptor.forClass(NewSignature.class);
        verify(records).record(sealed.capture());
        assertThat(sealed.getValue().signerName()).isEqualTo("王芳");
        assertThat(sealed.getValue().identityMethod()).isEqualTo(IdentityMethod.MEMBER_IN_PERSON);
        assertThat(sealed.getValue().channel()).isEqualTo(Channel.IN_PERSON);
        assertThat(sealed.getValue().evidence())
                .isEqualTo("worker=w-1;check=ID_CARD_IN_PERSON;link=th;relation=SPOUSE");
        verify(coSigning).finish(open, "王*");
    }

    @Test
    void aMinorNeedsAGuardianWhoIsRecordedAsTheSigner() {
        OpenToken open = linkFor("张小明", "CHILD", LocalDate.of(2015, 6, 1));

        assertThatThrownBy(() -> signing.sign("w-1", "raw", "HOUSEHOLD_REGISTER_IN_PERSON", PNG, " "))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.fieldErrors())
                        .extracting(DomainException.FieldError::field)
                        .containsExactly("guardianName"));

        signing.sign("w-1", "raw", "HOUSEHOLD_REGISTER_IN_PERSON", PNG, "张三");

        ArgumentCaptor<NewSignature> sealed = ArgumentCaptor.forClass(NewSignature.class);
        verify(records).record(sealed.capture());
        assertThat(sealed.getValue().signerName()).isEqualTo("张三");
        assertThat(sealed.getValue().identityMethod()).isEqualTo(IdentityMethod.GUARDIAN_IN_PERSON);
        assertThat(sealed.getValue().evidence()).contains(";guardianFor=CHILD");
        verify(coSigning).finish(open, "张*");
    }

    @Test
    void aWorkerOfAnotherCommunityFindsNoLinkAndBadInputIsNamed() {
        linkFor("王芳", "SPOUSE", LocalDate.of(1980, 1, 1));
        when(workers.serves("w-2", CaseFixtures.COMMUNITY)).thenReturn(false);

        assertThatThrownBy(() -> signing.sign("w-2", "raw", "ID_CARD_IN_PERSON", PNG, null))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.kind()).isEqualTo(ProblemKind.NOT_FOUND));
        assertThatThrownBy(() -> signing.sign("w-1", "raw", "FINGERPRINT", "bm90", null))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.fieldErrors())
                        .extracting(DomainException.FieldError::field)
                        .containsExactly("identityCheck", "signature"));
        verify(records, never()).record(any());
    }
}
