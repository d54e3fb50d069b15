package cq.assist.seeds;

import static org.assertj.core.api.Assertions.assertThat;

import cq.assist.core.household.IdNumber;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The seed files themselves: the catalog, the registry, the places API.md names, the calendar. */
class SeedFilesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Test
    void catalogHasTwentyOneItemsFiveOfThemApplyFree() {
        List<Map<String, String>> items = SeedFiles.rows("reference/30_assistance_item.csv");
        assertThat(items).hasSize(21);
        assertThat(codesWhere(items, i -> "APPLY_FREE".equals(i.get("kind"))))
                .containsExactlyInAnyOrder(
                        "MEDICAL_PREMIUM", "PENSION_PREMIUM", "POWER_WAIVER", "WATER_GAS_WAIVER", "CABLE_TV_WAIVER");
        assertThat(codesWhere(items, i -> "1".equals(i.get("joint"))))
                .containsExactlyInAnyOrder("HOUSING", "LEGAL_AID", "MEDICAL_AID", "EDUCATION_AID", "EMPLOYMENT_AID");
        assertThat(items).allSatisfy(i -> assertThat(i.get("kind")).isIn("APPLY", "APPLY_FREE"));
    }

    @Test
    void everyRegistryIdNumberIsValid() {
        List<Map<String, String>> persons = SeedFiles.rows("demo/30_registry_person.csv");
        assertThat(persons).hasSizeGreaterThanOrEqualTo(15);
        assertThat(persons).allSatisfy(p -> assertThat(IdNumber.isValid(p.get("id_number:pii"), TODAY))
                .as(p.get("name"))
                .isTrue());
        assertThat(persons.stream().map(p -> p.get("id_number:pii")).distinct()).hasSameSizeAs(persons);
    }

    @Test
    void communitiesNamedInTheApiContractExist() {
        Map<String, Map<String, String>> regions = regionsByCode();
        assertThat(regions.get("500103001001")).containsEntry("region_level", "COMMUNITY");
        assertThat(regions.get("500105001001")).containsEntry("region_level", "COMMUNITY");
        assertThat(regions.get("500103001")).containsEntry("name", "七星岗街道");
        assertThat(regions.values().stream().map(r -> r.get("name"))).contains("富厚社区", "高坪镇");
    }

    @Test
    void everyRegionParentAndDepartmentRegionExists() {
        Map<String, Map<String, String>> regions = regionsByCode();
        regions.values().stream()
                .map(r -> r.get("parent_code"))
                .filter(p -> !p.isEmpty())
                .forEach(p -> assertThat(regions).containsKey(p));
        List<Map<String, String>> departments = SeedFiles.rows("reference/20_department.csv");
        assertThat(departments).allSatisfy(d -> {
            assertThat(regions).containsKey(d.get("region_code"));
            assertThat(d.get("code")).isEqualTo(d.get("kind") + "@" + d.get("region_code"));
        });
        assertThat(departments).hasSizeGreaterThanOrEqualTo(4 * 8 + 1);
    }

    @Test
    void everyDemoAccountAndWorkerPointsAtSeededScope() {
        Set<String> departments = SeedFiles.rows("reference/20_department.csv").stream()
                .map(d -> d.get("code"))
                .collect(Collectors.toSet());
        Map<String, Map<String, String>> regions = regionsByCode();
        List<Map<String, String>> accounts = SeedFiles.rows("demo/10_staff_account.csv");
        assertThat(accounts)
                .as("12 staff accounts and the security auditor audit.city")
                .hasSize(13);
        accounts.stream().filter(a -> !a.get("department_code").isEmpty()).forEach(a -> {
            assertThat(departments).contains(a.get("department_code"));
            assertThat(regions).containsKey(a.get("region_code"));
        });
        SeedFiles.rows("demo/20_community_worker.csv").forEach(w -> assertThat(regions.get(w.get("community_code")))
                .containsEntry("region_level", "COMMUNITY"));
    }

    @Test
    void bothCalendarYearsHaveHolidaysAndMakeUpWorkingDays() {
        List<Map<String, String>> days = SeedFiles.rows("reference/50_work_calendar_day.csv");
        for (String year : List.of("2026", "2027")) {
            List<Map<String, String>> ofYear = days.stream()
                    .filter(d -> d.get("cal_date").startsWith(year))
                    .toList();
            assertThat(ofYear).anyMatch(d -> "0".equals(d.get("working")));
            assertThat(ofYear)
                    .filteredOn(d -> "1".equals(d.get("working")))
                    .isNotEmpty()
                    .allSatisfy(d -> assertThat(LocalDate.parse(d.get("cal_date"))
                                    .getDayOfWeek()
                                    .getValue())
                            .isGreaterThanOrEqualTo(6));
        }
        assertThat(days).filteredOn(d -> d.get("cal_date").startsWith("2027")).allSatisfy(d -> assertThat(d.get("name"))
                .endsWith("(working assumption)"));
        assertThat(days).anySatisfy(d -> assertThat(d).containsEntry("cal_date", "2026-02-23"));
    }

    @Test
    void booleanCellsAreOneOrZero() {
        List.of(
                        "reference/10_region.csv",
                        "reference/30_assistance_item.csv",
                        "reference/50_work_calendar_day.csv",
                        "demo/10_staff_account.csv",
                        "demo/30_registry_person.csv")
                .forEach(file -> SeedFiles.rows(file)
                        .forEach(row -> row.forEach((column, cell) ->
                                assertThat(cell).as(file + " " + column).isNotIn("true", "false", "TRUE", "FALSE"))));
    }

    private static Map<String, Map<String, String>> regionsByCode() {
        return SeedFiles.rows("reference/10_region.csv").stream().collect(Collectors.toMap(r -> r.get("code"), r -> r));
    }

    private static List<String> codesWhere(List<Map<String, String>> rows, Predicate<Map<String, String>> test) {
        return rows.stream().filter(test).map(r -> r.get("code")).toList();
    }
}
