package cq.assist.core.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cq.assist.core.audit.AuditActions;
import cq.assist.core.audit.AuditEntry;
import cq.assist.core.audit.AuditLog;
import cq.assist.core.common.DomainException;
import cq.assist.core.common.ProblemKind;
import cq.assist.core.itemcase.CaseEventRow;
import cq.assist.core.itemcase.ItemCaseRow;
import cq.assist.core.itemcase.ItemCases;
import cq.assist.core.time.BusinessClock;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;

/** An objection of the public during the 7-day notice: recorded once on a case under notice, else refused. */
class ObjectingToNoticeTest {

    private static final Instant NOW = Instant.parse("2026-11-30T02:00:00Z");

    private final ReadingForStaff reading = mock(ReadingForStaff.class);
    private final ItemCases cases = mock(ItemCases.class);
    private final AuditLog audit = mock(AuditLog.class);
    private final ObjectingToNotice objecting =
            new ObjectingToNotice(reading, cases, new BusinessClock(Clock.fixed(NOW, ZoneOffset.UTC)), audit);

    private static ItemCaseRow caseIn(String id, String status) {
        return new ItemCaseRow(
                id,
                "app-1",
                "DIBAO",
                "APPLY",
                "ASSESSMENT",
                "MZ",
                "500103",
                status,
                "PUBLIC_NOTICE",
                "[]",
                null,
                null,
                null,
                null,
                null,
                "H1",
                "H1",
                "system",
                NOW,
                null);
    }

    @Test
    void anObjectionOnACaseUnderNoticeIsRecordedAndAuditedAsTheResidents() {
        when(cases.find("case-1")).thenReturn(caseIn("case-1", "PUBLIC_NOTICE"));
        when(cases.lockForUpdate("case-1")).thenReturn(caseIn("case-1", "PUBLIC_NOTICE"));

        assertThat(objecting.objectAsPublic("case-1", "  该户有车辆未申报  ", "acc-9")).containsExactly("case-1");

        InOrder order = inOrder(cases, audit);
        order.verify(cases).lockForUpdate("case-1");
        order.verify(cases)
                .recordEvent(new CaseEventRow(
                        "case-1", "PUBLIC_NOTICE", ObjectingToNotice.OBJECTION, "该户有车辆未申报", null, "public:acc-9", NOW));
        order.verify(audit)
                .record(new AuditEntry(
                        "public:acc-9",
                        "RESIDENT",
                        AuditActions.OBJECTION,
                        "ITEM_CASE",
                        "case-1",
                        "objection during the public notice",
                        null));
    }

    @Test
    void aCaseNoLongerUnderNoticeIsAConflictAndNothingIsRecorded() {
        when(cases.find("case-1")).thenReturn(caseIn("case-1", "PUBLIC_NOTICE"));
        when(cases.lockForUpdate("case-1")).thenReturn(caseIn("case-1", "IN_REVIEW"));

        assertThatThrownBy(() -> objecting.objectAsPublic("case-1", "异议", "acc-9"))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ProblemKind.CONFLICT);
                    assertThat(e.messageKey()).isEqualTo("itemcase.objection.notInNotice");
                });
        verify(cases, never()).recordEvent(any());
        verify(audit, never()).record(any());
    }

    @Test
    void anUnknownCaseIsNotFound() {
        assertThatThrownBy(() -> objecting.objectAsPublic("nope", "异议", "acc-9"))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.kind()).isEqualTo(ProblemKind.NOT_FOUND));
        verify(cases, never()).lockForUpdate(any());
    }

    @Test
    void aReopenedCaseIsRecordedByTheProcess() {
        objecting.recordReopened("case-1", "system");

        verify(cases)
                .recordEvent(new CaseEventRow(
                        "case-1", "PUBLIC_NOTICE", ObjectingToNotice.REOPENED, null, null, "system", NOW));
        assertThat(List.of(ObjectingToNotice.OBJECTION, ObjectingToNotice.REOPENED))
                .containsExactly("OBJECTION", "REOPENED");
    }
}
