package cq.assist.core.charity;

import static org.assertj.core.api.Assertions.assertThat;

import cq.assist.core.rules.CharityProject;
import cq.assist.core.rules.HardshipCause;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class CharityCatalogTest {

    @Test
    void readsCommaSeparatedCausesAndRegions() {
        CharityProject project = CharityCatalog.toProject(new CharityProjectRow(
                "P1",
                "邻里守望",
                "某基金会",
                "ILLNESS, ACCIDENT",
                "500103,500105",
                null,
                17,
                false,
                true,
                null,
                new BigDecimal("100.00"),
                new BigDecimal("10.00"),
                true));

        assertThat(project.causes()).containsExactlyInAnyOrder(HardshipCause.ILLNESS, HardshipCause.ACCIDENT);
        assertThat(project.regionCodes()).containsExactly("500103", "500105");
        assertThat(project.maxAge()).isEqualTo(17);
        assertThat(project.requiresLowIncome()).isTrue();
    }

    @Test
    void treatsAnEmptyRegionListAsNoRegions() {
        assertThat(CharityCatalog.split(" ")).isEmpty();
    }
}
