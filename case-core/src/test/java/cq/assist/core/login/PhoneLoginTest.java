package cq.assist.core.login;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cq.assist.core.audit.AuditActions;
import cq.assist.core.audit.AuditEntry;
import cq.assist.core.audit.AuditOutcome;
import cq.assist.core.audit.AuditRecorder;
import cq.assist.core.common.DomainException;
import cq.assist.core.common.ProblemKind;
import cq.assist.core.fixtures.CaseFixtures;
import cq.assist.core.pii.PiiCipher;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** Phone login: a right code logs a resident in, or a community worker scoped to its community. */
class PhoneLoginTest {

    private static final String PHONE = "13800001111";

    private final SmsCodes codes = mock(SmsCodes.class);
    private final MobileAccountService accounts = mock(MobileAccountService.class);
    private final CommunityWorkerMapper workers = mock(CommunityWorkerMapper.class);
    private final PiiCipher cipher = CaseFixtures.cipher();
    private final AuditRecorder audit = mock(AuditRecorder.class);
    private final PhoneLogin login = new PhoneLogin(codes, accounts, workers, cipher, audit);

    @Test
    void aResidentGetsTheResidentRoleAndNoScope() {
        when(codes.consume(PHONE, "123456", SmsCodes.LOGIN, null)).thenReturn(true);
        when(accounts.recordLogin(PHONE)).thenReturn("42");

        assertThat(login.logIn(PHONE, "123456"))
                .isEqualTo(new PhoneLogin.LoggedIn("42", List.of(Roles.RESIDENT), Map.of()));
        verify(audit, never()).record(any());
    }

    @Test
    void anEnabledWorkersPhoneGetsTheWorkerRoleScopedToItsCommunity() {
        when(codes.consume(PHONE, "123456", SmsCodes.LOGIN, "10.0.0.9")).thenReturn(true);
        when(accounts.recordLogin(PHONE)).thenReturn("42");
        when(workers.selectEnabledByPhoneHash(cipher.blindIndex(PHONE)))
                .thenReturn(new CommunityWorkerMapper.WorkerRow(7L, CaseFixtures.COMMUNITY));

        PhoneLogin.LoggedIn in = login.logIn(PHONE, "123456", "10.0.0.9");

        ArgumentCaptor<AuditEntry> entry = ArgumentCaptor.forClass(AuditEntry.class);
        verify(audit).record(entry.capture());
        assertThat(entry.getValue().action()).isEqualTo(AuditActions.LOGIN);
        assertThat(entry.getValue().actorAccountId()).isEqualTo("worker-7");
        assertThat(entry.getValue().actorRole()).isEqualTo(Roles.COMMUNITY_WORKER);
        assertThat(entry.getValue().clientIp()).isEqualTo("10.0.0.9");
        assertThat(entry.getValue().outcome()).isEqualTo(AuditOutcome.SUCCESS);
        assertThat(entry.getValue().toString()).doesNotContain(PHONE);
        assertThat(in.roles()).containsExactly(Roles.COMMUNITY_WORKER);
        assertThat(in.claims())
                .containsEntry(Roles.CLAIM_COMMUNITY, CaseFixtures.COMMUNITY)
                .containsEntry(PhoneLogin.CLAIM_WORKER_ID, "7");
    }

    @Test
    void aWrongCodeIsUnauthenticatedAndCreatesNoAccount() {
        assertThatThrownBy(() -> login.logIn(PHONE, "000000"))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.kind()).isEqualTo(ProblemKind.UNAUTHENTICATED));
        verify(accounts, never()).recordLogin(anyString());
        verify(audit, never()).record(any());
    }

    @Test
    void aWorkersRefusedCodeIsAuditedAsAFailedLogin() {
        when(workers.selectEnabledByPhoneHash(cipher.blindIndex(PHONE)))
                .thenReturn(new CommunityWorkerMapper.WorkerRow(7L, CaseFixtures.COMMUNITY));

        assertThatThrownBy(() -> login.logIn(PHONE, "000000", "10.0.0.9")).isInstanceOf(DomainException.class);

        ArgumentCaptor<AuditEntry> entry = ArgumentCaptor.forClass(AuditEntry.class);
        verify(audit).record(entry.capture());
        assertThat(entry.getValue().action()).isEqualTo(AuditActions.LOGIN_FAILED);
        assertThat(entry.getValue().outcome()).isEqualTo(AuditOutcome.FAILURE);
        assertThat(entry.getValue().toString()).doesNotContain("000000").doesNotContain(PHONE);
    }
}
