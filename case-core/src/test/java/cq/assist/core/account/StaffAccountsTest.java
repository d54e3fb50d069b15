package cq.assist.core.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cq.assist.core.audit.AuditEntry;
import cq.assist.core.audit.AuditLog;
import cq.assist.core.common.DomainException;
import cq.assist.core.common.ProblemKind;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/**
 * An administrator enables or disables a staff account, or changes its roles: audited, and disabling or a change
 * of roles ends its sessions.
 */
class StaffAccountsTest {

    private final StaffDirectoryMapper directory = mock(StaffDirectoryMapper.class);
    private final StaffSessions sessions = mock(StaffSessions.class);
    private final AuditLog audit = mock(AuditLog.class);
    private final StaffAccounts accounts = new StaffAccounts(directory, sessions, audit);
    private final StaffSummary clerk =
            new StaffSummary(12, "clerk", "王五", "DISTRICT_APPROVER", "CIVIL_AFFAIRS", "500103", false, null);

    @Test
    void disablingEndsTheSessionsAndIsAudited() {
        when(directory.updateEnabled(eq("clerk"), eq(false), eq("admin"), any()))
                .thenReturn(1);
        when(directory.selectByUsername("clerk")).thenReturn(Optional.of(clerk));

        assertThat(accounts.setEnabled("clerk", false, "admin")).isEqualTo(clerk);

        verify(sessions).revokeAll("12", "DISABLED");
        ArgumentCaptor<AuditEntry> entry = ArgumentCaptor.forClass(AuditEntry.class);
        verify(audit).record(entry.capture());
        assertThat(entry.getValue().subjectId()).isEqualTo("12");
        assertThat(entry.getValue().purpose()).isEqualTo("disabled clerk");
    }

    @Test
    void enablingKeepsSessionsAndAnUnknownNameIsNotFound() {
        when(directory.updateEnabled(eq("clerk"), eq(true), eq("admin"), any())).thenReturn(1);
        when(directory.selectByUsername("clerk")).thenReturn(Optional.of(clerk));
        accounts.setEnabled("clerk", true, "admin");
        verify(sessions, never()).revokeAll(anyString(), anyString());

        assertThatThrownBy(() -> accounts.setEnabled("nobody", false, "admin"))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.kind()).isEqualTo(ProblemKind.NOT_FOUND));
    }

    @Test
    void aSubjectThatIsNoAccountIdFindsNobody() {
        when(directory.selectById(12L)).thenReturn(Optional.of(clerk));

        assertThat(accounts.bySubject("12")).contains(clerk);
        assertThat(accounts.bySubject("acc-1")).isEmpty();
    }

    @Test
    void changingRolesEndsTheSessionsAndIsAudited() {
        StaffSummary after = new StaffSummary(
                12, "clerk", "王五", "STREET_REVIEWER,DISTRICT_APPROVER", "CIVIL_AFFAIRS@500103", "500103", true, null);
        when(directory.selectByUsername("clerk")).thenReturn(Optional.of(clerk), Optional.of(after));
        when(sessions.revokeAll("12", "ROLES_CHANGED")).thenReturn(2);

        assertThat(accounts.changeRoles(
                        "clerk",
                        List.of("STREET_REVIEWER", "DISTRICT_APPROVER", "STREET_REVIEWER"),
                        " CIVIL_AFFAIRS@500103 ",
                        "500103",
                        "1"))
                .isEqualTo(after);

        verify(directory)
                .updateRoles(
                        eq("clerk"),
                        eq("STREET_REVIEWER,DISTRICT_APPROVER"),
                        eq("CIVIL_AFFAIRS@500103"),
                        eq("500103"),
                        eq("1"),
                        any());
        ArgumentCaptor<AuditEntry> entry = ArgumentCaptor.forClass(AuditEntry.class);
        verify(audit).record(entry.capture());
        assertThat(entry.getValue().purpose())
                .isEqualTo(
                        "roles of clerk: DISTRICT_APPROVER -> STREET_REVIEWER,DISTRICT_APPROVER; 2 token(s) revoked");
    }

    @Test
    void rolesAreCheckedAndAnAdministratorKeepsItsOwnAdministratorRole() {
        when(directory.selectByUsername("clerk")).thenReturn(Optional.of(clerk));
        assertThatThrownBy(() -> accounts.changeRoles("clerk", List.of(), null, null, "1"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.fieldErrors())
                        .extracting(DomainException.FieldError::field)
                        .containsExactly("roles"));
        assertThatThrownBy(() -> accounts.changeRoles("clerk", List.of("ROOT"), null, null, "1"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.fieldErrors())
                        .extracting(DomainException.FieldError::field)
                        .containsExactly("roles[0]"));
        List<String> withNull = new java.util.ArrayList<>();
        withNull.add(null);
        assertThatThrownBy(() -> accounts.changeRoles("clerk", withNull, null, null, "1"))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ProblemKind.VALIDATION);
                    assertThat(e.fieldErrors())
                            .extracting(DomainException.FieldError::field)
                            .containsExactly("roles[0]");
                });
        assertThatThrownBy(() ->
                        accounts.changeRoles("clerk", List.of("STREET_REVIEWER"), "D".repeat(33), "5".repeat(13), "1"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.fieldErrors())
                        .extracting(DomainException.FieldError::field)
                        .containsExactly("departmentCode", "regionCode"));
        assertThatThrownBy(() -> accounts.changeRoles("clerk", List.of("DEPARTMENT_REVIEWER"), "", "500103", "1"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.fieldErrors())
                        .extracting(DomainException.FieldError::field)
                        .containsExactly("departmentCode"));
        // the account itself (id 12) may not drop ADMIN
        assertThatThrownBy(() -> accounts.changeRoles("clerk", List.of("AUDITOR"), null, null, "12"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.fieldErrors())
                        .extracting(DomainException.FieldError::messageKey)
                        .containsExactly("account.roles.ownAdmin"));
        assertThatThrownBy(() -> accounts.changeRoles("nobody", List.of("AUDITOR"), null, null, "1"))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.kind()).isEqualTo(ProblemKind.NOT_FOUND));
        verify(directory, never()).updateRoles(any(), any(), any(), any(), any(), any());
        verify(sessions, never()).revokeAll(anyString(), anyString());
    }
}
