package cq.assist.core.intake;

import static cq.assist.core.fixtures.CaseFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cq.assist.core.fixtures.CaseFixtures;
import cq.assist.core.household.IdNumber;
import cq.assist.core.pii.PiiCipher;
import cq.assist.core.pii.PiiField;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.InOrder;

/**
 * Storing a filed application: the key first, a day-numbered application with its personal data encrypted,
 * members and household claims, the settled authorizations and the process, waiting for co-signers or not.
 */
class FilingApplicationTest {

    private final ApplicationMapper applications = mock(ApplicationMapper.class);
    private final IdempotencyKeyMapper idempotency = mock(IdempotencyKeyMapper.class);
    private final HouseholdRows householdRows = mock(HouseholdRows.class);
    private final AuthorizationPort authorizations = mock(AuthorizationPort.class);
    private final ApplicationProcessPort process = mock(ApplicationProcessPort.class);
    private final Timeline timeline = mock(Timeline.class);
    private final PiiCipher cipher = CaseFixtures.cipher();
    private final HouseholdClaims claims = mock(HouseholdClaims.class);
    private final FilingApplication filing = new FilingApplication(
            applications,
            idempotency,
            householdRows,
            authorizations,
            process,
            timeline,
            cipher,
            CaseFixtures.clock(),
            claims);

    private final ApplicationForms.Person applicant =
            ApplicationForms.Person.aged(" 张三 ", 45, CaseFixtures.clock().today());
    private final ApplicationForm form = ApplicationForms.single(applicant, "photo-1");
    private final List<MemberRow> members = List.of(
            new MemberRow("x", 1, "张三", null, "M1", "SELF", null, null, null, null, false, "UNEMPLOYED", false));

    @BeforeEach
    void aSequenceAndMembers() {
        doAnswer(call -> {
                    call.<SequenceTicket>getArgument(0).setId(1_000_042L);
                    return null;
                })
                .when(applications)
                .insertSequence(any());
        when(householdRows.of(anyString(), any(), any())).thenReturn(members);
    }

    @Test
    void aResidentsApplicationIsNumberedByTheDayEncryptedAndWaitsForCoSigners() {
        when(authorizations.settle(any(), any(), any(), any(), any())).thenReturn(1);

        String id = filing.file(Filer.resident("acc-1"), "key-1", "sha", form);

        ArgumentCaptor<ApplicationRow> row = ArgumentCaptor.forClass(ApplicationRow.class);
        verify(applications).insert(row.capture());
        ApplicationRow app = row.getValue();
        String idNumber = IdNumber.normalize(applicant.idNumber());
        assertThat(app.id()).isEqualTo(id);
        assertThat(app.applicationNo()).isEqualTo("YJ20261130000042");
        assertThat(app.status()).isEqualTo("AWAITING_AUTHORIZATION");
        assertThat(app.filedBy()).isEqualTo("SELF");
        assertThat(app.applicantName()).isEqualTo("张三");
        assertThat(app.applicantIdNumberHash()).isEqualTo(cipher.blindIndex(idNumber));
        assertThat(cipher.decrypt(PiiField.APPLICATION_APPLICANT_ID_NUMBER, id, app.applicantIdNumberEnc()))
                .isEqualTo(idNumber);
        assertThat(cipher.decrypt(PiiField.APPLICATION_ADDRESS, id, app.addressEnc()))
                .isEqualTo(form.household().address());
        assertThat(new String(app.hardshipCausesEnc(), java.nio.charset.StandardCharsets.ISO_8859_1))
                .doesNotContain("ILLNESS");
        assertThat(cipher.decrypt(PiiField.APPLICATION_HARDSHIP_CAUSES, id, app.hardshipCausesEnc()))
                .isEqualTo("ILLNESS,DISABILITY");
        assertThat(app.submittedAt()).isEqualTo(NOW);

        InOrder order = inOrder(idempotency, applications, claims, timeline, authorizations, process);
        order.verify(idempotency).insert(new IdempotencyRow("acc-1", "key-1", "sha", id));
        order.verify(applications).insert(app);
        order.verify(applications).insertMember(members.get(0));
        order.verify(claims).claim(id, Filer.resident("acc-1"), form.household().communityCode(), members);
        order.verify(timeline).record(id, "SUBMITTED", Timeline.Actor.APPLICANT, "张*");
        order.verify(process).start(id, true);
        verify(applications, never()).updateIdentityCheck(anyString(), anyString());
    }

    @Test
    void aWorkersFilingRecordsHowIdentityWasCheckedAndStartsAtOnceWithoutCoSigners() {
        String id = filing.file(Filer.worker("w-1", CaseFixtures.COMMUNITY), "key-1", "sha", form);

        verify(applications).updateIdentityCheck(id, IdentityCheck.ID_CARD_IN_PERSON.name());
        // a worker acts under its role alone: no applicant's name beside it (it would read as the worker's)
        verify(timeline).record(id, "SUBMITTED", Timeline.Actor.WORKER, null);
        verify(process).start(id, false);
    }
}
