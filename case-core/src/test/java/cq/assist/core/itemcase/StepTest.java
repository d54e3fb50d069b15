package cq.assist.core.itemcase;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class StepTest {

    private static ItemCaseRow dibaoIn(String community, String department) {
        return new ItemCaseRow(
                "c",
                "a",
                "DIBAO",
                "APPLY",
                "ASSESSMENT",
                department,
                community,
                "PENDING",
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                "k",
                "k",
                "system",
                null,
                null);
    }

    @Test
    void candidateGroupsNameDepartmentAndRegion() {
        ItemCaseRow row = dibaoIn("500103001001", "CIVIL_AFFAIRS@500103");
        assertThat(Step.HOME_VISIT.candidateGroup(row)).isEqualTo("community:500103001001");
        assertThat(Step.STREET_REVIEW.candidateGroup(row)).isEqualTo("dept:CIVIL_AFFAIRS@500103001");
        assertThat(Step.DISTRICT_DECISION.candidateGroup(row)).isEqualTo("dept:CIVIL_AFFAIRS@500103");
        assertThat(Step.DEPARTMENT_REVIEW.candidateGroup(dibaoIn("500105001001", "HOUSING@500105")))
                .isEqualTo("dept:HOUSING@500105");
    }

    @Test
    void returnGoesBackOneStep() {
        assertThat(Step.DISTRICT_DECISION.previous()).isEqualTo(Step.STREET_REVIEW);
        assertThat(Step.STREET_REVIEW.previous()).isEqualTo(Step.HOME_VISIT);
        assertThat(Step.DEPARTMENT_REVIEW.previous()).isEqualTo(Step.DEPARTMENT_REVIEW);
    }

    @Test
    void reasonsRoundTripAsJsonInChinese() {
        String json = ReasonsJson.append(ReasonsJson.write(List.of("家庭人均收入低于低保标准")), "入户核实属实");
        assertThat(ReasonsJson.read(json)).containsExactly("家庭人均收入低于低保标准", "入户核实属实");
        assertThat(Groups.departmentOf("dept:HOUSING@500103")).isEqualTo("HOUSING@500103");
        assertThat(Groups.departmentOf("community:500103001001")).isNull();
    }
}
