package cq.assist.webapi.admin;

import static org.assertj.core.api.Assertions.assertThat;

import cq.assist.core.calendar.WorkingCalendar;
import cq.assist.core.calendar.WorkingDays;
import cq.assist.core.itemcase.CaseOrigin;
import cq.assist.core.itemcase.ItemCaseRow;
import cq.assist.core.itemcase.ItemCaseStatus;
import cq.assist.core.itemcase.ItemCases;
import cq.assist.core.itemcase.NewCase;
import cq.assist.core.itemcase.OpeningItemCases;
import cq.assist.core.time.BusinessClock;
import cq.assist.web.security.TokenService;
import cq.assist.web.test.HttpApi;
import cq.assist.webapi.task.StaffTokens;
import cq.assist.workflow.item.ItemProcesses;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.flowable.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** {@code /api/v1/admin/calendar/{year}}: read, replace, refuse bad days by field, and move open tasks' due dates. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WorkingCalendarIT {

    @LocalServerPort
    int port;

    @Autowired
    TokenService tokenService;

    @Autowired
    OpeningItemCases opening;

    @Autowired
    ItemProcesses processes;

    @Autowired
    ItemCases cases;

    @Autowired
    TaskService taskService;

    @Autowired
    WorkingDays workingDays;

    @Autowired
    BusinessClock clock;

    HttpApi admin;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void setUp() {
        admin = new HttpApi(port).as(new StaffTokens(tokenService).admin());
    }

    @Test
    void theSeededYearHasTheNationalHolidays() {
        JsonNode year = admin.get("/api/v1/admin/calendar/2026").json();

        assertThat(year.get("year").asInt()).isEqualTo(2026);
        List<String> holidays = new ArrayList<>();
        year.get("days").forEach(d -> {
            if (!d.get("workingDay").asBoolean()) {
                holidays.add(d.get("date").asString());
            }
        });
        assertThat(holidays).contains("2026-01-01", "2026-10-01");
        assertThat(year.get("workingDays").asInt()).isBetween(240, 255);
    }

    @Test
    void aProvisionalYearSaysSoUntilAnAdministratorPublishesIt() {
        jdbc.update("DELETE FROM work_calendar_year WHERE cal_year = 2090");
        jdbc.update("INSERT INTO work_calendar_year (cal_year, provisional, update_by, update_time)"
                + " VALUES (2090, TRUE, 'seed', CURRENT_TIMESTAMP(3))");
        try {
            assertThat(admin.get("/api/v1/admin/calendar/2090")
                            .json()
                            .get("provisional")
                            .asBoolean())
                    .isTrue();
            assertThat(admin.get("/api/v1/admin/calendar/2026")
                            .json()
                            .get("provisional")
                            .asBoolean())
                    .as("a year of the State Council's notice")
                    .isFalse();

            HttpApi.Answer published = admin.put(
                    "/api/v1/admin/calendar/2090", List.of(Map.of("date", "2090-01-02", "workingDay", false)));

            assertThat(published.status()).as(published.toString()).isEqualTo(200);
            assertThat(published.json().get("provisional").asBoolean()).isFalse();
            assertThat(admin.get("/api/v1/admin/calendar/2090")
                            .json()
                            .get("provisional")
                            .asBoolean())
                    .isFalse();
        } finally {
            jdbc.update("DELETE FROM work_calendar_year WHERE cal_year = 2090");
            jdbc.update("DELETE FROM work_calendar_day WHERE cal_date BETWEEN '2090-01-01' AND '2090-12-31'");
        }
    }

    @Test
    void newHolidaysPushTheDueDateOfAnOpenTaskByTheDaysTheyTake() {
        ItemCaseRow row = opening.open(new NewCase(
                        UUID.randomUUID().toString(),
                        (UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", ""),
                        "500103001001",
                        "DIBAO",
                        CaseOrigin.ASSESSMENT,
                        ItemCaseStatus.PENDING,
                        true,
                        List.of("测试")))
                .orElseThrow();
        processes.start(row.id());
        ItemCaseRow open = cases.find(row.id());
        assertThat(open.currentStep()).isEqualTo("HOME_VISIT");
        WorkingCalendar before = workingDays.calendar();
        LocalDate since = clock.today();
        assertThat(open.dueAt()).isEqualTo(endOfDay(before.plusWorkingDays(since, 3)));

        Map<Integer, JsonNode> originals = new TreeMap<>();
        Map<Integer, List<Map<String, Object>>> changed = new TreeMap<>();
        for (int i = 1; i <= 3; i++) {
            LocalDate holiday = before.plusWorkingDays(since, i);
            int year = holiday.getYear();
            originals.computeIfAbsent(
                    year, y -> admin.get("/api/v1/admin/calendar/" + y).json());
            changed.computeIfAbsent(year, y -> daysOf(originals.get(y)))
                    .add(Map.of("date", holiday.toString(), "workingDay", false, "name", "测试假日"));
        }
        try {
            int moved = 0;
            for (Map.Entry<Integer, List<Map<String, Object>>> year : changed.entrySet()) {
                HttpApi.Answer put = admin.put("/api/v1/admin/calendar/" + year.getKey(), year.getValue());
                assertThat(put.status()).as(put.toString()).isEqualTo(200);
                moved += put.json().get("tasksRecomputed").asInt();
            }

            assertThat(moved).isGreaterThanOrEqualTo(1);
            java.time.Instant expected = endOfDay(before.plusWorkingDays(since, 6));
            assertThat(cases.find(row.id()).dueAt()).isEqualTo(expected);
            assertThat(taskService
                            .createTaskQuery()
                            .processInstanceId(open.processInstanceId())
                            .singleResult()
                            .getDueDate()
                            .toInstant())
                    .isEqualTo(expected);
        } finally {
            originals.forEach((year, original) -> admin.put("/api/v1/admin/calendar/" + year, daysOf(original)));
        }
        assertThat(cases.find(row.id()).dueAt()).isEqualTo(open.dueAt());
    }

    @Test
    void badDaysAreNamedAndNothingChanges() {
        JsonNode original = admin.get("/api/v1/admin/calendar/2027").json();
        HttpApi.Answer bad = admin.put(
                "/api/v1/admin/calendar/2027",
                List.of(
                        Map.of("date", "2027-10-01", "workingDay", false),
                        Map.of("date", "2026-10-02", "workingDay", false),
                        Map.of("date", "2027-10-01", "workingDay", false),
                        Map.of("date", "not a date", "workingDay", true),
                        Map.of("date", "2027-10-03")));

        assertThat(bad.status()).as(bad.toString()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        bad.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
        assertThat(fields).containsExactlyInAnyOrder("[1].date", "[2].date", "[3].date", "[4].workingDay");
        assertThat(admin.get("/api/v1/admin/calendar/2027").json()).isEqualTo(original);
        assertThat(admin.get("/api/v1/admin/calendar/1999").status()).isEqualTo(400);
        assertThat(new HttpApi(port)
                        .as(new StaffTokens(tokenService).districtApprover("500103"))
                        .put("/api/v1/admin/calendar/2027", List.of())
                        .status())
                .isEqualTo(403);
    }

    private static List<Map<String, Object>> daysOf(JsonNode year) {
        List<Map<String, Object>> days = new ArrayList<>();
        for (JsonNode d : year.get("days")) {
            Map<String, Object> day = new LinkedHashMap<>();
            day.put("date", d.get("date").asString());
            day.put("workingDay", d.get("workingDay").asBoolean());
            day.put("name", d.get("name").asString());
            days.add(day);
        }
        return days;
    }

    private static java.time.Instant endOfDay(LocalDate day) {
        return day.atTime(LocalTime.of(18, 0)).atZone(BusinessClock.ZONE).toInstant();
    }
}
