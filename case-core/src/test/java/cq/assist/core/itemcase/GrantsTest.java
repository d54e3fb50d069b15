package cq.assist.core.itemcase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import cq.assist.core.notify.ApplicantMessages;
import cq.assist.core.time.BusinessClock;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** Recording a grant: when payment starts, the case event, and the message the resident reads. */
class GrantsTest {

    /** 2026-11-30 10:00 in Chongqing. */
    private static final Instant NOW = Instant.parse("2026-11-30T02:00:00Z");

    private final ItemCaseMapper cases = mock(ItemCaseMapper.class);
    private final ApplicantMessages messages = mock(ApplicantMessages.class);
    private final Grants grants = new Grants(cases, messages, new BusinessClock(Clock.fixed(NOW, ZoneOffset.UTC)));

    private static ItemCaseRow row(String code) {
        return new ItemCaseRow(
                "case-1",
                "app-1",
                code,
                "APPLY",
                "ASSESSMENT",
                "MZ",
                "500103",
                "GRANTED",
                "DISTRICT_DECISION",
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
    void aCashBenefitStartsOnTheFirstOfNextMonthAndTheResidentIsToldInChinese() {
        grants.record(row("DIBAO"), "最低生活保障", new BigDecimal("80.00"), "mz.yuzhong", "DISTRICT_DECISION");

        ArgumentCaptor<GrantRow> grant = ArgumentCaptor.forClass(GrantRow.class);
        verify(cases).insertGrant(grant.capture());
        assertThat(grant.getValue())
                .isEqualTo(new GrantRow(
                        "case-1",
                        "app-1",
                        "DIBAO",
                        new BigDecimal("80.00"),
                        LocalDate.of(2026, 12, 1),
                        "mz.yuzhong",
                        NOW));
        verify(cases)
                .insertEvent(new CaseEventRow(
                        "case-1", "DISTRICT_DECISION", "GRANT", null, new BigDecimal("80.00"), "mz.yuzhong", NOW));
        verify(messages).queue("app-1", "GRANTED:DIBAO", ApplicantMessages.APP, "您的“最低生活保障”已获批准。");
    }

    @Test
    void aGrantWithoutAmountStartsToday() {
        grants.record(row("HOUSING"), "住房救助", null, "zj.yuzhong", "DEPARTMENT_REVIEW");

        ArgumentCaptor<GrantRow> grant = ArgumentCaptor.forClass(GrantRow.class);
        verify(cases).insertGrant(grant.capture());
        assertThat(grant.getValue().startsOn()).isEqualTo(LocalDate.of(2026, 11, 30));
        verify(messages).queue("app-1", "GRANTED:HOUSING", ApplicantMessages.APP, "您的“住房救助”已获批准。");
    }
}
