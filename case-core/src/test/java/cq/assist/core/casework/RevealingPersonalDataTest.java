package cq.assist.core.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cq.assist.core.audit.AuditActions;
import cq.assist.core.audit.AuditEntry;
import cq.assist.core.audit.AuditLog;
import cq.assist.core.common.DomainException;
import cq.assist.core.common.ProblemKind;
import cq.assist.core.fixtures.CaseFixtures;
import cq.assist.core.intake.ApplicationRow;
import cq.assist.core.intake.Applications;
import cq.assist.core.intake.MemberRow;
import cq.assist.core.login.Roles;
import cq.assist.core.pii.PiiCipher;
import cq.assist.core.pii.PiiField;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** Revealing a member's full ID number: in scope, with a stated purpose, audited first, at most 30 an hour. */
class RevealingPersonalDataTest {

    private static final String ID = "500103198501010012";

    private final Applications applications = mock(Applications.class);
    private final ReadingForStaff reading = mock(ReadingForStaff.class);
    private final AuditLog audit = mock(AuditLog.class);
    private final PiiCipher cipher = CaseFixtures.cipher();
    private final RevealingPersonalData revealing = new RevealingPersonalData(applications, reading, audit, cipher, 30);
    private final StaffScope approver =
            new StaffScope("a-1", Set.of(Roles.DISTRICT_APPROVER), "CIVIL_AFFAIRS@500103", "CIVIL_AFFAIRS", "500103");
    private final RevealRequest request = new RevealRequest(
            RevealingPersonalData.APPLICATION_MEMBER, "app-1", 1, RevealingPersonalData.ID_NUMBER, " 核对户籍信息 ");

    @BeforeEach
    void anApplicationInScope() {
        ApplicationRow app = CaseFixtures.application("app-1", "YJ1");
        when(reading.access("app-1", approver)).thenReturn(new ReadingForStaff.Scoped(app, new StaffAccess(Set.of())));
        when(applications.members("app-1"))
                .thenReturn(List.of(new MemberRow(
                        "app-1",
                        1,
                        "王芳",
                        cipher.encrypt(PiiField.MEMBER_ID_NUMBER, PiiField.rowKey("app-1", 1), ID),
                        "M1",
                        "SPOUSE",
                        null,
                        null,
                        null,
                        null,
                        false,
                        null,
                        true)));
    }

    @Test
    void revealsTheIdNumberAfterAuditingWhoWhyAndWhich() {
        assertThat(revealing.reveal(approver, "10.0.0.1", request)).isEqualTo(ID);

        ArgumentCaptor<AuditEntry> entry = ArgumentCaptor.forClass(AuditEntry.class);
        verify(audit).record(entry.capture());
        assertThat(entry.getValue().action()).isEqualTo(AuditActions.VIEW_FULL_ID_NUMBER);
        assertThat(entry.getValue().subjectId()).isEqualTo("app-1/1");
        assertThat(entry.getValue().purpose()).isEqualTo("核对户籍信息");
        assertThat(entry.getValue().actorRole()).isEqualTo(Roles.DISTRICT_APPROVER);
    }

    @Test
    void outOfScopeOrAnUnknownMemberIsNotFoundAndNothingIsAudited() {
        StaffScope elsewhere = new StaffScope("a-2", Set.of(Roles.DISTRICT_APPROVER), "X", "CIVIL_AFFAIRS", "500104");
        when(reading.access("app-1", elsewhere)).thenThrow(DomainException.notFound("casework.notFound"));
        assertThatThrownBy(() -> revealing.reveal(elsewhere, null, request))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.kind()).isEqualTo(ProblemKind.NOT_FOUND));
        assertThatThrownBy(() -> revealing.reveal(
                        approver,
                        null,
                        new RevealRequest(RevealingPersonalData.APPLICATION_MEMBER, "app-1", 5, "idNumber", "核对户籍")))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.kind()).isEqualTo(ProblemKind.NOT_FOUND));
        verify(audit, never()).record(any());
    }

    @Test
    void theThirtyFirstRevealOfTheHourIsRefused() {
        when(audit.countRecent(eq("a-1"), eq(AuditActions.VIEW_FULL_ID_NUMBER), eq(Duration.ofHours(1))))
                .thenReturn(30);

        assertThatThrownBy(() -> revealing.reveal(approver, null, request))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.kind()).isEqualTo(ProblemKind.TOO_MANY_REQUESTS));
        verify(audit, never()).record(any());
    }

    @Test
    void aMemberWhoseDataTheRetentionJobRemovedIsGoneAndNothingIsAuditedOrCounted() {
        when(applications.members("app-1"))
                .thenReturn(List.of(new MemberRow(
                        "app-1", 1, "王*", null, null, "SPOUSE", null, null, null, null, false, null, true)));

        assertThatThrownBy(() -> revealing.reveal(approver, null, request))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ProblemKind.GONE);
                    assertThat(e.messageKey()).isEqualTo("pii.reveal.anonymised");
                });
        verify(audit, never()).record(any());
        verify(audit, never()).countRecent(any(), any(), any());
    }

    @Test
    void anUnsupportedRequestNamesEachField() {
        assertThatThrownBy(() -> revealing.reveal(approver, null, new RevealRequest("PAYEE", " ", -1, "phone", "看")))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.fieldErrors())
                        .extracting(DomainException.FieldError::field)
                        .containsExactly("subjectType", "applicationId", "memberSeq", "field", "purpose"));
        verify(reading, never()).access(anyString(), any());
    }
}
