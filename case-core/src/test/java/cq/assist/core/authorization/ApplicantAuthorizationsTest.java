package cq.assist.core.authorization;

import static cq.assist.core.fixtures.CaseFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cq.assist.core.fixtures.CaseFixtures;
import cq.assist.core.intake.ApplicationForms;
import cq.assist.core.intake.Filer;
import cq.assist.core.intake.MemberRow;
import cq.assist.core.intake.Timeline;
import cq.assist.core.login.MobileAccounts;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/**
 * The authorizations settled at filing: the applicant's own signature (and a guardian's for a minor child),
 * a co-signing link for every other adult, and how many links went out.
 */
class ApplicantAuthorizationsTest {

    private static final LetterRow LETTER = new LetterRow(ApplicationForms.LETTER, "授权书", "sha");

    private final AuthorizationLetterMapper letters = mock(AuthorizationLetterMapper.class);
    private final AuthorizationRecords records = mock(AuthorizationRecords.class);
    private final CoSigningTokens tokens = mock(CoSigningTokens.class);
    private final Timeline timeline = mock(Timeline.class);
    private final MobileAccounts accounts = mock(MobileAccounts.class);
    private final ApplicantAuthorizations authorizations =
            new ApplicantAuthorizations(letters, records, tokens, timeline, accounts);

    private final List<MemberRow> household = List.of(
            member(0, "SELF", LocalDate.of(1980, 1, 1), false),
            member(1, "SPOUSE", LocalDate.of(1982, 1, 1), true),
            member(2, "CHILD", LocalDate.of(2015, 1, 1), false),
            member(3, "PARENT", LocalDate.of(1950, 1, 1), true));

    private static MemberRow member(int seq, String relation, LocalDate born, boolean coSigns) {
        return new MemberRow(
                "app-1", seq, "m" + seq, null, "M" + seq, relation, null, null, born, null, false, null, coSigns);
    }

    @BeforeEach
    void theLetter() {
        when(letters.selectByVersion(ApplicationForms.LETTER)).thenReturn(LETTER);
        when(accounts.realNameOf("acc-1"))
                .thenReturn(Optional.of(
                        new MobileAccounts.RealName("张三", "500103198001010011", "h", "CARRIER_3E", "ref-42", NOW)));
    }

    @Test
    void aResidentSignsForHerselfAndHerMinorChildAndTheOtherAdultsGetLinks() {
        int coSigners = authorizations.settle(
                CaseFixtures.application("app-1", "YJ1"),
                ApplicationForms.single(ApplicationForms.Person.aged("张三", 46, LocalDate.of(2026, 11, 30)), "p"),
                household,
                Filer.resident("acc-1"),
                NOW);

        assertThat(coSigners).isEqualTo(2);
        ArgumentCaptor<NewSignature> signed = ArgumentCaptor.forClass(NewSignature.class);
        verify(records, times(2)).record(signed.capture());
        assertThat(signed.getAllValues())
                .extracting(NewSignature::memberSeq, NewSignature::identityMethod)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(0, IdentityMethod.APPLICANT_REAL_NAME),
                        org.assertj.core.groups.Tuple.tuple(2, IdentityMethod.GUARDIAN));
        assertThat(signed.getAllValues())
                .allSatisfy(s -> assertThat(s.channel()).isEqualTo(Channel.APP));
        assertThat(signed.getAllValues().get(0).evidence())
                .as("the applicant's real-name check, sealed with the record (review M5)")
                .isEqualTo("account=acc-1;realName=CARRIER_3E:ref-42;verifiedAt=" + NOW)
                .doesNotContain("500103198001010011", "张三");
        assertThat(signed.getAllValues().get(1).evidence()).endsWith(";guardianFor=CHILD");
        verify(tokens).issue("app-1", 1, ApplicationForms.LETTER, NOW);
        verify(tokens).issue("app-1", 3, ApplicationForms.LETTER, NOW);
        verify(timeline).record("app-1", "APPLICANT_AUTHORIZED", Timeline.Actor.APPLICANT, "李*");
    }

    @Test
    void aWorkersFilingRecordsTheApplicantAsCheckedInPerson() {
        authorizations.settle(
                CaseFixtures.application("app-1", "YJ1"),
                ApplicationForms.single(ApplicationForms.Person.aged("张三", 46, LocalDate.of(2026, 11, 30)), "p"),
                List.of(household.get(0)),
                Filer.worker("w-1", CaseFixtures.COMMUNITY),
                NOW);

        ArgumentCaptor<NewSignature> signed = ArgumentCaptor.forClass(NewSignature.class);
        verify(records).record(signed.capture());
        assertThat(signed.getValue().identityMethod()).isEqualTo(IdentityMethod.WORKER_IN_PERSON);
        assertThat(signed.getValue().channel()).isEqualTo(Channel.PROXY);
        assertThat(signed.getValue().evidence())
                .as("the worker and how it checked identity in person")
                .isEqualTo("worker=w-1;check=ID_CARD_IN_PERSON");
        verify(tokens, times(0)).issue(anyString(), anyInt(), anyString(), any());
    }

    @Test
    void theLetterVersionsAndPendingLinksAreTheFeaturesOwn() {
        when(letters.selectVersions()).thenReturn(List.of("2025-01", "2026-01"));
        when(tokens.pending("app-1")).thenReturn(List.of(new PendingLink(1, "u", "q", NOW)));

        assertThat(authorizations.letterVersions()).containsExactlyInAnyOrder("2025-01", "2026-01");
        assertThat(authorizations.pending("app-1")).singleElement().satisfies(p -> assertThat(p.memberSeq())
                .isEqualTo(1));
    }
}
