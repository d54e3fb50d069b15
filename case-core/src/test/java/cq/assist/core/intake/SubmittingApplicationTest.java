package cq.assist.core.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cq.assist.core.common.DomainException;
import cq.assist.core.common.ProblemKind;
import cq.assist.core.files.StoredFiles;
import cq.assist.core.files.StoredFiles.StoredFileInfo;
import cq.assist.core.fixtures.CaseFixtures;
import cq.assist.core.household.IdNumber;
import cq.assist.core.login.ActiveWorkers;
import cq.assist.core.login.MobileAccounts;
import cq.assist.core.pii.PiiCipher;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;

/**
 * Filing an application: who may file for whom, exactly once per idempotency key, within the daily cap.
 */
class SubmittingApplicationTest {

    private static final Filer RESIDENT = Filer.resident("acc-1");
    private static final String KEY = "key-1";

    private final FilingApplication filing = mock(FilingApplication.class);
    private final IdempotencyKeyMapper idempotency = mock(IdempotencyKeyMapper.class);
    private final ApplicationMapper applications = mock(ApplicationMapper.class);
    private final AuthorizationPort authorizations = mock(AuthorizationPort.class);
    private final StoredFiles files = mock(StoredFiles.class);
    private final MobileAccounts accounts = mock(MobileAccounts.class);
    private final ActiveWorkers workers = mock(ActiveWorkers.class);
    private final PiiCipher cipher = CaseFixtures.cipher();
    private final SubmittingApplication submitting = new SubmittingApplication(
            filing,
            idempotency,
            applications,
            authorizations,
            files,
            CaseFixtures.clock(),
            accounts,
            workers,
            cipher,
            mock(cq.assist.core.audit.AuditLog.class),
            5,
            200);

    private final ApplicationForms.Person applicant =
            ApplicationForms.Person.aged("张三", 45, CaseFixtures.clock().today());
    private final ApplicationForm form = ApplicationForms.single(applicant, "photo-1");

    @BeforeEach
    void aValidFormOfTheBoundResident() {
        when(files.findOwned("photo-1", "acc-1"))
                .thenReturn(Optional.of(new StoredFileInfo("photo-1", "sha", "image/png", 1024, "acc-1")));
        when(files.findOwned("photo-1", "w-1"))
                .thenReturn(Optional.of(new StoredFileInfo("photo-1", "sha", "image/png", 1024, "w-1")));
        when(applications.countCommunity(ApplicationForms.COMMUNITY)).thenReturn(1);
        when(authorizations.letterVersions()).thenReturn(Set.of(ApplicationForms.LETTER));
        when(accounts.realNameOf("acc-1")).thenReturn(Optional.of(boundTo(applicant)));
        when(filing.file(any(), anyString(), anyString(), any())).thenReturn("app-1");
    }

    private MobileAccounts.RealName boundTo(ApplicationForms.Person person) {
        String id = IdNumber.normalize(person.idNumber());
        return new MobileAccounts.RealName(person.name(), id, cipher.blindIndex(id), "TEST", "ref", CaseFixtures.NOW);
    }

    @Test
    void aResidentFilesForHerselfOnceAndTheSameRequestAgainReplaysIt() {
        assertThat(submitting.submit(RESIDENT, KEY, form)).isEqualTo(new Submission("app-1", true));
        verify(filing).file(RESIDENT, KEY, RequestHash.of(form), form);

        when(idempotency.selectByOwnerAndKey("acc-1", KEY))
                .thenReturn(new IdempotencyRow("acc-1", KEY, RequestHash.of(form), "app-1"));
        assertThat(submitting.submit(RESIDENT, KEY, form)).isEqualTo(new Submission("app-1", false));
        verify(filing, times(1)).file(any(), anyString(), anyString(), any());
    }

    @Test
    void theSameKeyWithAnotherRequestIsUnprocessable() {
        when(idempotency.selectByOwnerAndKey("acc-1", KEY))
                .thenReturn(new IdempotencyRow("acc-1", KEY, "another-request", "app-1"));

        assertThatThrownBy(() -> submitting.submit(RESIDENT, KEY, form))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ProblemKind.UNPROCESSABLE);
                    assertThat(e.messageKey()).isEqualTo("intake.idempotencyKey.reused");
                });
        verify(filing, never()).file(any(), anyString(), anyString(), any());
    }

    @Test
    void losingTheKeyRaceToAnotherNodeReturnsTheWinnersApplication() {
        when(filing.file(any(), anyString(), anyString(), any())).thenThrow(new DuplicateKeyException("idem_key"));
        when(idempotency.selectByOwnerAndKey("acc-1", KEY))
                .thenReturn(null, new IdempotencyRow("acc-1", KEY, RequestHash.of(form), "app-0"));

        assertThat(submitting.submit(RESIDENT, KEY, form)).isEqualTo(new Submission("app-0", false));
    }

    @Test
    void aDeadlockOverAStaleClaimIsTriedOnceMore() {
        when(filing.file(any(), anyString(), anyString(), any()))
                .thenThrow(new PessimisticLockingFailureException("deadlock"))
                .thenReturn("app-2");

        assertThat(submitting.submit(RESIDENT, KEY, form)).isEqualTo(new Submission("app-2", true));
        verify(filing, times(2)).file(any(), anyString(), anyString(), any());
    }

    @Test
    void aResidentNotRealNameBoundToTheApplicantIsForbidden() {
        ApplicationForms.Person someoneElse =
                ApplicationForms.Person.aged("李四", 50, CaseFixtures.clock().today());
        when(accounts.realNameOf("acc-1")).thenReturn(Optional.of(boundTo(someoneElse)));

        assertThatThrownBy(() -> submitting.submit(RESIDENT, KEY, form))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ProblemKind.FORBIDDEN);
                    assertThat(e.typeSlug()).isEqualTo("real-name-required");
                });
        when(accounts.realNameOf("acc-1")).thenReturn(Optional.empty());
        assertThatThrownBy(() -> submitting.submit(RESIDENT, KEY, form))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.typeSlug()).isEqualTo("real-name-required"));
        verify(filing, never()).file(any(), anyString(), anyString(), any());
    }

    @Test
    void aWorkerFilesOnlyInTheCommunityItServesNow() {
        Filer worker = Filer.worker("w-1", ApplicationForms.COMMUNITY);
        when(workers.serves("w-1", ApplicationForms.COMMUNITY)).thenReturn(true);
        assertThat(submitting.submit(worker, KEY, form).created()).isTrue();

        when(workers.serves("w-1", ApplicationForms.COMMUNITY)).thenReturn(false);
        assertThatThrownBy(() -> submitting.submit(worker, "key-2", form))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ProblemKind.FORBIDDEN);
                    assertThat(e.messageKey()).isEqualTo("intake.proxy.outsideCommunity");
                });

        Filer elsewhere = Filer.worker("w-1", "500103001002");
        when(workers.serves("w-1", "500103001002")).thenReturn(true);
        assertThatThrownBy(() -> submitting.submit(elsewhere, "key-3", form))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.kind()).isEqualTo(ProblemKind.FORBIDDEN));
    }

    @Test
    void theSixthNewApplicationOfADayIsRefusedButAReplayIsNot() {
        when(applications.countFiledSince("acc-1", CaseFixtures.NOW.minus(Duration.ofDays(1))))
                .thenReturn(5);

        assertThatThrownBy(() -> submitting.submit(RESIDENT, KEY, form))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ProblemKind.TOO_MANY_REQUESTS);
                    assertThat(e.retryAfterSeconds()).isEqualTo(3600L);
                });

        when(idempotency.selectByOwnerAndKey("acc-1", KEY))
                .thenReturn(new IdempotencyRow("acc-1", KEY, RequestHash.of(form), "app-1"));
        assertThat(submitting.submit(RESIDENT, KEY, form).applicationId()).isEqualTo("app-1");
    }

    @Test
    void aMissingKeyAndAPhotoNotTheCallersAreNamedAsFieldErrors() {
        for (String key : new String[] {null, " ", "k".repeat(129)}) {
            assertThatThrownBy(() -> submitting.submit(RESIDENT, key, form))
                    .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.fieldErrors())
                            .extracting(DomainException.FieldError::field)
                            .containsExactly("Idempotency-Key"));
        }
        when(files.findOwned("photo-1", "acc-1")).thenReturn(Optional.empty());
        assertThatThrownBy(() -> submitting.submit(RESIDENT, KEY, form))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.fieldErrors())
                        .extracting(DomainException.FieldError::field)
                        .contains("idCardPhotoFileId"));
        verify(filing, never()).file(any(), anyString(), anyString(), any());
    }
}
