package cq.assist.core.casework;

import static cq.assist.core.fixtures.CaseFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cq.assist.core.audit.AuditActions;
import cq.assist.core.audit.AuditEntry;
import cq.assist.core.audit.AuditLog;
import cq.assist.core.calendar.WorkingDays;
import cq.assist.core.common.DomainException;
import cq.assist.core.common.ProblemKind;
import cq.assist.core.fanout.ApplicationItems;
import cq.assist.core.fixtures.CaseFixtures;
import cq.assist.core.intake.ApplicationRow;
import cq.assist.core.intake.Applications;
import cq.assist.core.login.Roles;
import cq.assist.core.pii.PiiCipher;
import cq.assist.core.pii.PiiField;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/**
 * Staff read an application only while one of its cases reached a step of their office; the view is masked,
 * audited, shows the details of their own cases only, and says when the 10-working-day target has passed.
 */
class ReadingForStaffTest {

    private final Applications applications = mock(Applications.class);
    private final CaseworkMapper casework = mock(CaseworkMapper.class);
    private final ApplicationItems items = mock(ApplicationItems.class);
    private final PiiCipher cipher = CaseFixtures.cipher();
    private final WorkingDays workingDays = mock(WorkingDays.class);
    private final AuditLog audit = mock(AuditLog.class);
    private final ReadingForStaff reading =
            new ReadingForStaff(applications, casework, items, cipher, workingDays, CaseFixtures.clock(), audit);
    private final StaffScope street = new StaffScope(
            "s-1", Set.of(Roles.STREET_REVIEWER), "CIVIL_AFFAIRS@500103001", "CIVIL_AFFAIRS", "500103001");

    @BeforeEach
    void anApplicationWhoseDibaoReachedTheStreetReview() {
        ApplicationRow app = CaseFixtures.application("app-1", "YJ1");
        when(applications.find("app-1"))
                .thenReturn(new ApplicationRow(
                        app.id(),
                        app.applicationNo(),
                        app.status(),
                        app.filedBy(),
                        app.filerAccountId(),
                        null,
                        "张三",
                        cipher.encrypt(PiiField.APPLICATION_APPLICANT_ID_NUMBER, "app-1", "500103198501010012"),
                        "H1",
                        cipher.encrypt(PiiField.APPLICATION_APPLICANT_PHONE, "app-1", "13800001111"),
                        "p",
                        CaseFixtures.COMMUNITY,
                        null,
                        false,
                        null,
                        null,
                        null,
                        null,
                        NOW,
                        null,
                        null,
                        "acc-1",
                        null));
        when(casework.selectStepsReached("app-1"))
                .thenReturn(List.of(
                        new CaseworkMapper.StepReached(
                                "c-dibao", "CIVIL_AFFAIRS@500103", CaseFixtures.COMMUNITY, "STREET_REVIEW"),
                        new CaseworkMapper.StepReached(
                                "c-legal", "JUSTICE@500103", CaseFixtures.COMMUNITY, "DEPARTMENT_REVIEW")));
        when(workingDays.plusWorkingDays(LocalDate.of(2026, 11, 30), 10)).thenReturn(LocalDate.of(2026, 12, 14));
        when(items.items("app-1")).thenReturn(List.of(item("c-dibao", "DIBAO"), item("c-legal", "LEGAL_AID")));
    }

    private static ApplicationItems.Item item(String caseId, String code) {
        return new ApplicationItems.Item(
                caseId,
                code,
                code,
                "D",
                "部门",
                "APPLY",
                "IN_REVIEW",
                List.of("理由"),
                new BigDecimal("800.00"),
                null,
                new BigDecimal("800.00"));
    }

    @Test
    void theOfficeReadsAMaskedAuditedViewWithOnlyItsCasesInDetail() {
        StaffApplication view = reading.read("app-1", street);

        assertThat(view.applicantName()).isEqualTo("张*");
        assertThat(view.applicantIdNumber()).isEqualTo("500103********0012");
        assertThat(view.applicantPhone()).isEqualTo("138****1111");
        assertThat(view.targetDate()).isEqualTo(LocalDate.of(2026, 12, 14));
        assertThat(view.overdue()).isFalse();
        assertThat(view.items().get(0).reasons()).containsExactly("理由");
        assertThat(view.items().get(1).reasons()).isEmpty();
        assertThat(view.items().get(1).amount()).isNull();
        ArgumentCaptor<AuditEntry> entry = ArgumentCaptor.forClass(AuditEntry.class);
        verify(audit).record(entry.capture());
        assertThat(entry.getValue().action()).isEqualTo(AuditActions.VIEW_APPLICATION);
        assertThat(entry.getValue().subjectId()).isEqualTo("app-1");
        verify(items).charityMatches("app-1");
    }

    @Test
    void anotherStreetAnAdministratorOrAnOfficeNoCaseReachedFindNothing() {
        StaffScope otherStreet = new StaffScope(
                "s-2", Set.of(Roles.STREET_REVIEWER), "CIVIL_AFFAIRS@500103002", "CIVIL_AFFAIRS", "500103002");
        StaffScope admin = new StaffScope("admin", Set.of(Roles.ADMIN), null, null, null);
        StaffScope health =
                new StaffScope("h-1", Set.of(Roles.DEPARTMENT_REVIEWER), "HEALTH@500103", "HEALTH", "500103");

        for (StaffScope scope : List.of(otherStreet, admin, health)) {
            assertThatThrownBy(() -> reading.access("app-1", scope))
                    .isInstanceOfSatisfying(
                            DomainException.class, e -> assertThat(e.kind()).isEqualTo(ProblemKind.NOT_FOUND));
        }
        assertThatThrownBy(() -> reading.inScope(null, street)).isInstanceOf(DomainException.class);
        verify(audit, never()).record(any());
        verify(workingDays, never()).plusWorkingDays(any(), anyInt());
    }
}
