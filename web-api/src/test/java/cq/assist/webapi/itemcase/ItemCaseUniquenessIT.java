package cq.assist.webapi.itemcase;

import static org.assertj.core.api.Assertions.assertThat;

import cq.assist.core.itemcase.CaseOrigin;
import cq.assist.core.itemcase.DecidingItemCases;
import cq.assist.core.itemcase.Decision;
import cq.assist.core.itemcase.ItemCaseRow;
import cq.assist.core.itemcase.ItemCaseStatus;
import cq.assist.core.itemcase.ItemCaseSteps;
import cq.assist.core.itemcase.ItemCases;
import cq.assist.core.itemcase.NewCase;
import cq.assist.core.itemcase.OpeningItemCases;
import cq.assist.core.itemcase.Staff;
import cq.assist.core.itemcase.Step;
import cq.assist.core.login.Roles;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** One household never holds the same active item twice: the database's unique key decides. */
@SpringBootTest
class ItemCaseUniquenessIT {

    @Autowired
    OpeningItemCases opening;

    @Autowired
    ItemCaseSteps steps;

    @Autowired
    DecidingItemCases deciding;

    @Autowired
    ItemCases cases;

    private static NewCase housing(String household) {
        return new NewCase(
                UUID.randomUUID().toString(),
                household,
                "500103001001",
                "HOUSING",
                CaseOrigin.JOINT_PUSH,
                ItemCaseStatus.PENDING,
                true,
                List.of());
    }

    @Test
    void rejectsSecondActiveHousingForSameHousehold() {
        String household = UUID.randomUUID().toString().replace("-", "") + "00000000000000000000000000000000";
        Optional<ItemCaseRow> first = opening.open(housing(household));
        Optional<ItemCaseRow> second = opening.open(housing(household));

        assertThat(first).isPresent();
        assertThat(first.get().departmentCode()).isEqualTo("HOUSING@500103");
        assertThat(second).isEmpty();
    }

    @Test
    void householdMayApplyAgainAfterRejection() {
        String household = UUID.randomUUID().toString().replace("-", "") + "11111111111111111111111111111111";
        ItemCaseRow first = opening.open(housing(household)).orElseThrow();
        steps.enter(first.id(), Step.DEPARTMENT_REVIEW, "pi-1");
        deciding.decide(
                first.id(),
                Step.DEPARTMENT_REVIEW,
                Decision.REJECT,
                "住房面积超过标准",
                null,
                new Staff("zj", Set.of(Roles.DEPARTMENT_REVIEWER)));

        assertThat(cases.find(first.id()).status()).isEqualTo("REJECTED");
        assertThat(cases.find(first.id()).activeKey()).isNull();
        assertThat(opening.open(housing(household))).isPresent();
    }
}
