package cq.assist.webapi.check;

import static org.assertj.core.api.Assertions.assertThat;

import cq.assist.core.charity.CharityCatalog;
import cq.assist.core.parameters.PolicyParameterCatalog;
import cq.assist.core.rules.CharityProject;
import cq.assist.core.rules.HardshipCause;
import cq.assist.core.rules.ParamKey;
import cq.assist.core.rules.PolicyParameters;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** Parameters and charity projects load from the seeded tables into the rules' types. */
@SpringBootTest
class ReferenceDataIT {

    @Autowired
    PolicyParameterCatalog parameters;

    @Autowired
    CharityCatalog charities;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void readsTheSeededStandardsOnEachSideOfAnEffectiveDate() {
        PolicyParameters seeded = parameters.current();
        String qixinggang = "500103001001";

        assertThat(seeded.at(LocalDate.of(2025, 12, 31), qixinggang).value(ParamKey.DIBAO_STANDARD_URBAN))
                .isEqualByComparingTo("770");
        assertThat(seeded.at(LocalDate.of(2026, 1, 1), qixinggang).value(ParamKey.DIBAO_STANDARD_URBAN))
                .isEqualByComparingTo("810");
        assertThat(seeded.at(LocalDate.of(2026, 1, 1), "500105001001").value(ParamKey.DIBAO_STANDARD_URBAN))
                .isEqualByComparingTo("770");
    }

    @Test
    void picksTheParameterVersionInForceOnEachSideOfItsEffectiveDate() {
        String community = "5001" + (10000000 + ThreadLocalRandom.current().nextInt(89999999));
        insertParameter(community, "2025-07-01", "770.00");
        insertParameter(community, "2026-01-01", "810.00");
        parameters.evict();

        PolicyParameters current = parameters.current();

        assertThat(current.at(LocalDate.of(2025, 12, 31), community).value(ParamKey.DIBAO_STANDARD_URBAN))
                .isEqualByComparingTo("770.00");
        assertThat(current.at(LocalDate.of(2026, 1, 1), community).value(ParamKey.DIBAO_STANDARD_URBAN))
                .isEqualByComparingTo("810.00");
        assertThat(parameters.current()).isSameAs(current);
    }

    @Test
    void seesANewRowOnlyAfterTheCacheIsEvicted() {
        String community = "5002" + (10000000 + ThreadLocalRandom.current().nextInt(89999999));
        PolicyParameters before = parameters.current();
        insertParameter(community, "2024-01-01", "700.00");

        assertThat(parameters.current()).isSameAs(before);
        parameters.evict();
        assertThat(parameters.current().at(LocalDate.of(2024, 6, 1), community).value(ParamKey.DIBAO_STANDARD_URBAN))
                .isEqualByComparingTo("700.00");
    }

    @Test
    void loadsTheSeededActiveCharityProjects() {
        List<CharityProject> projects = charities.activeProjects();

        CharityProject dazu = projects.stream()
                .filter(p -> p.id().equals("DAZU-ILLNESS-2025"))
                .findFirst()
                .orElseThrow();
        assertThat(dazu.organisation()).isEqualTo("大足应急救助基金会");
        assertThat(dazu.causes()).containsExactly(HardshipCause.ILLNESS);
        assertThat(dazu.minMedicalExpenses()).isEqualByComparingTo("10000.00");
        assertThat(projects).hasSizeGreaterThanOrEqualTo(13).allMatch(CharityProject::active);
        assertThat(projects).noneMatch(p -> p.id().equals("CQFED-2023-WINTER"));
        assertThat(projects.stream().flatMap(p -> p.causes().stream()).distinct())
                .contains(HardshipCause.values());
    }

    private void insertParameter(String region, String from, String amount) {
        jdbc.update(
                "INSERT INTO policy_parameter (param_key, region_code, effective_from, param_value, unit, note)"
                        + " VALUES ('DIBAO_STANDARD_URBAN', ?, ?, ?, 'YUAN_MONTH', 'IT')",
                region,
                java.sql.Date.valueOf(from),
                new java.math.BigDecimal(amount));
    }
}
