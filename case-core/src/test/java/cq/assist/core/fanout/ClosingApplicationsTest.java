package cq.assist.core.fanout;

import static cq.assist.core.fixtures.CaseFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import cq.assist.core.calendar.WorkingDays;
import cq.assist.core.fixtures.CaseFixtures;
import cq.assist.core.intake.ApplicationRow;
import cq.assist.core.intake.Applications;
import cq.assist.core.intake.StatusChange;
import cq.assist.core.intake.Timeline;
import cq.assist.core.itemcase.ItemCases;
import cq.assist.core.itemcase.ReasonsJson;
import cq.assist.core.monitoring.MonitoredHouseholdRow;
import cq.assist.core.monitoring.MonitoredHouseholds;
import cq.assist.core.notify.ApplicantMessages;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Closing an application once every item is decided: status, waiting joint items, the SMS, monitoring. */
class ClosingApplicationsTest {

    private static final LocalDate REVIEW_ON = LocalDate.of(2027, 2, 26);
    private static final ApplicationRow APP = CaseFixtures.application("app-1", "YJ20261130000001");

    private final Applications applications = mock(Applications.class);
    private final ItemCases cases = mock(ItemCases.class);
    private final FanOutMapper fanOut = mock(FanOutMapper.class);
    private final MonitoredHouseholds monitoring = mock(MonitoredHouseholds.class);
    private final ApplicantMessages messages = mock(ApplicantMessages.class);
    private final Timeline timeline = mock(Timeline.class);
    private final WorkingDays workingDays = mock(WorkingDays.class);
    private final ClosingApplications closing = new ClosingApplications(
            applications, cases, fanOut, monitoring, messages, timeline, workingDays, CaseFixtures.clock());

    @Test
    void closesWhenNothingIsOpenTellsTheResidentOnceAndEnrolsTheHousehold() {
        when(applications.changeStatus(any())).thenReturn(1);
        when(applications.find("app-1")).thenReturn(APP);
        when(workingDays.plusWorkingDays(LocalDate.of(2026, 11, 30), 60)).thenReturn(REVIEW_ON);

        assertThat(closing.closeIfDone("app-1")).isTrue();

        verify(applications).lockStatus("app-1");
        verify(applications)
                .changeStatus(new StatusChange(
                        "app-1", "IN_REVIEW", "CLOSED", ClosingApplications.REASON_DECIDED, NOW, "system"));
        verify(fanOut)
                .updateExpireWaiting(new WaitingExpiry("app-1", ReasonsJson.write(List.of("未获批低保或特困，联动事项未推送")), NOW));
        verify(timeline).record("app-1", "CLOSED", Timeline.Actor.SYSTEM, null);
        verify(messages)
                .queue("app-1", "CLOSED", ApplicantMessages.SMS, "【渝悦救助通】您的救助申请YJ20261130000001已办结，请登录查看各事项结果。");
        verify(monitoring).enrol(new MonitoredHouseholdRow("H1", "app-1", "500103001001", NOW, REVIEW_ON));
    }

    @Test
    void anOpenItemKeepsTheApplicationInReview() {
        when(cases.countOpen("app-1")).thenReturn(1);

        assertThat(closing.closeIfDone("app-1")).isFalse();

        verify(applications, never()).changeStatus(any());
        verifyNoInteractions(messages, monitoring, timeline);
    }

    @Test
    void anApplicationNoLongerInReviewIsLeftAsItIs() {
        when(applications.changeStatus(any())).thenReturn(0);

        assertThat(closing.closeIfDone("app-1")).isFalse();

        verify(messages, never()).queue(anyString(), anyString(), anyString(), anyString());
        verifyNoInteractions(monitoring, fanOut);
    }
}
