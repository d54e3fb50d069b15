package cq.assist.core.rules;

import static cq.assist.core.rules.CharityProjects.project;
import static cq.assist.core.rules.CharityProjects.withFund;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CharityMatcherTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 1);
    private static final Set<HardshipCause> ILLNESS = Set.of(HardshipCause.ILLNESS);

    private static HouseholdSnapshot sickHouseholdIn(String region) {
        Member patient = Households.member(
                "m1",
                Relation.SELF,
                LocalDate.of(1970, 1, 1),
                Employment.EMPLOYED,
                Households.facts().set("wage", 2500).set("medicalExpenses", 40000));
        return Households.household(region, true, new Housing(false, BigDecimal.ZERO), List.of(patient));
    }

    private static List<CharityMatch> match(HouseholdSnapshot h, CharityProject... projects) {
        return Assessor.assess(h, SeededParameters.parameters(), DAY, List.of(projects))
                .charityMatches();
    }

    @Test
    void ranksTheMostSpecificRegionFirst() {
        List<CharityMatch> matches = match(
                sickHouseholdIn("500111001001"),
                project("CITY", ILLNESS, "500000"),
                project("DISTRICT", ILLNESS, "500111"),
                project("STREET", ILLNESS, "500111001"));
        assertThat(matches).extracting(CharityMatch::projectId).containsExactly("STREET", "DISTRICT", "CITY");
    }

    @Test
    void ranksSharedCausesAboveRegion() {
        HouseholdSnapshot h =
                Households.with(sickHouseholdIn("500111001001"), Set.of(HardshipCause.ACCIDENT), false, Set.of());
        List<CharityMatch> matches = match(
                h,
                project("NEAR", ILLNESS, "500111001"),
                project("BOTH", Set.of(HardshipCause.ILLNESS, HardshipCause.ACCIDENT)));
        assertThat(matches).extracting(CharityMatch::projectId).containsExactly("BOTH", "NEAR");
        assertThat(matches.get(0).score()).isGreaterThan(matches.get(1).score());
    }

    @Test
    void skipsInactiveEmptyCappedAndFarAwayProjects() {
        CharityProject ok = project("OK", ILLNESS);
        List<CharityMatch> matches = match(
                sickHouseholdIn("500111001001"),
                ok,
                withFund(project("INACTIVE", ILLNESS), "100000", "5000", false),
                withFund(project("LOW", ILLNESS), "499.99", "5000", true),
                withFund(project("CAP0", ILLNESS), "100000", "0", true),
                project("ELSEWHERE", ILLNESS, "500103"),
                project("OTHER_CAUSE", Set.of(HardshipCause.EDUCATION)));
        assertThat(matches).extracting(CharityMatch::projectId).containsExactly("OK");
    }

    @Test
    void aFundExactlyAtTheMinimumStillMatches() {
        assertThat(match(sickHouseholdIn("500111001001"), withFund(project("EDGE", ILLNESS), "500", "5000", true)))
                .hasSize(1);
    }

    @Test
    void explainsTheMatchInChinese() {
        CharityMatch match = match(sickHouseholdIn("500111001001"), project("D", ILLNESS, "500111"))
                .get(0);
        assertThat(String.join("|", match.reasonTexts()))
                .contains("因病")
                .contains("大足区")
                .contains("剩余资金 100000.00 元，每人最高资助 5000.00 元");
        assertThat(match.reasons()).allSatisfy(r -> assertThat(r.en()).isNotBlank());
    }

    @Test
    void regionSpecificityFollowsCodeLength() {
        assertThat(CharityMatcher.regionSpecificity(List.of(), "500103001001")).isZero();
        assertThat(CharityMatcher.regionSpecificity(List.of("500000"), "500103001001"))
                .isZero();
        assertThat(CharityMatcher.regionSpecificity(List.of("500103"), "500103001001"))
                .isEqualTo(1);
        assertThat(CharityMatcher.regionSpecificity(List.of("500103001"), "500103001001"))
                .isEqualTo(2);
        assertThat(CharityMatcher.regionSpecificity(List.of("500103001001"), "500103001001"))
                .isEqualTo(3);
        assertThat(CharityMatcher.regionSpecificity(List.of("500105"), "500103001001"))
                .isEqualTo(-1);
    }

    @Test
    void aShortOrOddProjectRegionServesNoHouseholdRatherThanEveryOneItPrefixes() {
        for (String odd : List.of("5001", "50010", "50010300", "5001030010", "")) {
            assertThat(CharityMatcher.regionSpecificity(List.of(odd), "500103001001"))
                    .as("project region '%s'", odd)
                    .isEqualTo(-1);
        }
    }
}
