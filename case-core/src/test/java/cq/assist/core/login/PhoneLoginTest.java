package cq.assist.core.login;

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
import cq.assist.core.pii.PiiCipher;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Phone login: a right code logs a resident in, or a community worker scoped to its community. */
class PhoneLoginTest {

    private static final String PHONE = "13800001111";

    private final SmsCodes codes = mock(SmsCodes.class);
    private final MobileAccountService accounts = mock(MobileAccountService.class);
    private final CommunityWorkerMapper workers = mock(CommunityWorkerMapper.class);
    private final PiiCipher cipher = CaseFixtures.cipher();
    private final PhoneLogin login = new PhoneLogin(codes, accounts, workers, cipher);

    @Test
    void aResidentGetsTheResidentRoleAndNoScope() {
        when(codes.consume(PHONE, "123456")).thenReturn(true);
        when(accounts.recordLogin(PHONE)).thenReturn("42");

        assertThat(login.logIn(PHONE, "123456"))
                .isEqualTo(new PhoneLogin.LoggedIn("42", List.of(Roles.RESIDENT), Map.of()));
    }

    @Test
    void anEnabledWorkersPhoneGetsTheWorkerRoleScopedToItsCommunity() {
        when(codes.consume(PHONE, "123456")).thenReturn(true);
        when(accounts.recordLogin(PHONE)).thenReturn("42");
        when(workers.selectEnabledByPhoneHash(cipher.blindIndex(PHONE)))
                .thenReturn(new CommunityWorkerMapper.WorkerRow(7L, CaseFixtures.COMMUNITY));

        PhoneLogin.LoggedIn in = login.logIn(PHONE, "123456");

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
    }
}
