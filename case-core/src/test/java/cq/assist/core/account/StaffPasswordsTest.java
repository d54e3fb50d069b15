package cq.assist.core.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cq.assist.core.audit.AuditEntry;
import cq.assist.core.audit.AuditOutcome;
import cq.assist.core.audit.AuditRecorder;
import cq.assist.core.common.DomainException;
import cq.assist.core.common.ProblemKind;
import cq.assist.core.fixtures.CaseFixtures;
import cq.assist.core.login.Roles;
import cq.assist.core.pii.PiiCipher;
import cq.assist.core.pii.PiiField;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Staff passwords: accounts created with a scope where the role needs one, a hashed password and an encrypted
 * TOTP secret; a change needs the current password (a wrong one ends every session), never reuses a recent one.
 */
class StaffPasswordsTest {

    private static final String STRONG = "Yuzhong#2026!";
    private static final BCryptPasswordEncoder BCRYPT = new BCryptPasswordEncoder(4);

    private final StaffPasswordMapper mapper = mock(StaffPasswordMapper.class);
    private final PiiCipher cipher = CaseFixtures.cipher();
    private final AuditRecorder audit = mock(AuditRecorder.class);
    private final StaffSessions sessions = mock(StaffSessions.class);
    private final StaffPasswords passwords =
            new StaffPasswords(mapper, PasswordPolicy.defaults(), cipher, audit, sessions);

    private static NewStaffAccount account(String username, List<String> roles, String department, String password) {
        return new NewStaffAccount(
                username, "王五", roles, department, department == null ? null : "500103", null, password);
    }

    @Test
    void createsAnAccountWithAHashedPasswordAndAnEncryptedTotpSecret() {
        String secret = passwords.create(
                account("mz.clerk", List.of(Roles.DISTRICT_APPROVER), "CIVIL_AFFAIRS@500103", STRONG), "admin");

        ArgumentCaptor<StaffPasswordMapper.NewAccountRow> row =
                ArgumentCaptor.forClass(StaffPasswordMapper.NewAccountRow.class);
        verify(mapper).insertAccount(row.capture());
        assertThat(BCRYPT.matches(STRONG, row.getValue().passwordHash())).isTrue();
        assertThat(cipher.decrypt(
                        PiiField.STAFF_TOTP_SECRET, "mz.clerk", row.getValue().totpSecretEnc()))
                .isEqualTo(secret)
                .matches("[A-Z2-7]{32}");
        assertThat(row.getValue().roles()).isEqualTo(Roles.DISTRICT_APPROVER);
        verify(audit).record(any());
    }

    @Test
    void namesBadFieldsAndRefusesATakenName() {
        assertThatThrownBy(() -> passwords.create(account("X", List.of("ROOT"), null, "short"), "admin"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.fieldErrors())
                        .extracting(DomainException.FieldError::field)
                        .contains("username", "roles[0]", "password"));
        assertThatThrownBy(
                        () -> passwords.create(account("mz.clerk", List.of(Roles.STREET_REVIEWER), null, STRONG), "a"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.fieldErrors())
                        .extracting(DomainException.FieldError::field)
                        .containsExactly("departmentCode"));

        when(mapper.usernameExists("auditor.two")).thenReturn(true);
        assertThatThrownBy(() -> passwords.create(account("auditor.two", List.of(Roles.AUDITOR), null, STRONG), "a"))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.kind()).isEqualTo(ProblemKind.CONFLICT));
        verify(mapper, never()).insertAccount(any());
    }

    @Test
    void aNullOrUnknownRoleIsNamedByItsPlaceAndCodesLongerThanTheirColumnsAreRefused() {
        List<String> withNull = new java.util.ArrayList<>();
        withNull.add(Roles.AUDITOR);
        withNull.add(null);
        assertThatThrownBy(() -> passwords.create(account("mz.audit", withNull, null, STRONG), "admin"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.fieldErrors())
                        .extracting(DomainException.FieldError::field)
                        .containsExactly("roles[1]"));
        assertThatThrownBy(() -> passwords.create(account("mz.audit", List.of(), null, STRONG), "admin"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.fieldErrors())
                        .extracting(DomainException.FieldError::field)
                        .containsExactly("roles"));
        NewStaffAccount longCodes = new NewStaffAccount(
                "mz.clerk",
                "王五",
                List.of(Roles.STREET_REVIEWER),
                "D".repeat(33),
                "5".repeat(13),
                "C".repeat(33),
                STRONG);
        assertThatThrownBy(() -> passwords.create(longCodes, "admin"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.fieldErrors())
                        .extracting(DomainException.FieldError::field)
                        .containsExactly("departmentCode", "regionCode", "charityOrgCode"));
        verify(mapper, never()).insertAccount(any());
    }

    @Test
    void twiceTheSameRoleIsStoredOnce() {
        passwords.create(account("mz.audit", List.of(Roles.AUDITOR, Roles.AUDITOR), null, STRONG), "admin");

        ArgumentCaptor<StaffPasswordMapper.NewAccountRow> row =
                ArgumentCaptor.forClass(StaffPasswordMapper.NewAccountRow.class);
        verify(mapper).insertAccount(row.capture());
        assertThat(row.getValue().roles()).isEqualTo(Roles.AUDITOR);
    }

    @Test
    void aWrongCurrentPasswordEndsEverySessionAndIsAuditedAsAFailure() {
        when(mapper.selectForUpdate(12L))
                .thenReturn(Optional.of(new StaffPasswordMapper.Credentials(12, "mz.clerk", BCRYPT.encode(STRONG))));

        assertThatThrownBy(() -> passwords.change(12, "guess", "Another#2027!", "newPassword"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.fieldErrors())
                        .extracting(DomainException.FieldError::field)
                        .containsExactly("currentPassword"));

        verify(sessions).revokeAll("12", "PASSWORD_GUESS");
        ArgumentCaptor<AuditEntry> entry = ArgumentCaptor.forClass(AuditEntry.class);
        verify(audit).record(entry.capture());
        assertThat(entry.getValue().outcome()).isEqualTo(AuditOutcome.FAILURE);
        verify(mapper, never()).updatePassword(anyLong(), anyString(), any(), anyString());
    }

    @Test
    void aChangeKeepsTheOldHashInTheHistoryRefusesAReuseAndEndsTheSessions() {
        String current = BCRYPT.encode(STRONG);
        when(mapper.selectForUpdate(12L))
                .thenReturn(Optional.of(new StaffPasswordMapper.Credentials(12, "mz.clerk", current)));
        when(mapper.selectHistory(eq(12L), anyInt())).thenReturn(List.of(BCRYPT.encode("Earlier#2025!")));

        assertThatThrownBy(() -> passwords.change(12, STRONG, "Earlier#2025!", "newPassword"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.fieldErrors())
                        .extracting(DomainException.FieldError::messageKey)
                        .containsExactly("account.password.reused"));

        passwords.change(12, STRONG, "Another#2027!", "newPassword");
        verify(mapper).insertHistory(eq(12L), eq(current), any());
        ArgumentCaptor<String> hash = ArgumentCaptor.forClass(String.class);
        verify(mapper).updatePassword(eq(12L), hash.capture(), any(), eq("12"));
        assertThat(BCRYPT.matches("Another#2027!", hash.getValue())).isTrue();
        verify(sessions).revokeAll("12", "PASSWORD_CHANGED");
    }
}
