package cq.assist.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PolicyParametersTest {

    private static final LocalDate JAN_2026 = LocalDate.of(2026, 1, 1);

    private static ParameterRow row(String region, String from, int value) {
        return new ParameterRow(
                "DIBAO_STANDARD_URBAN", region, LocalDate.parse(from), BigDecimal.valueOf(value), "YUAN_MONTH", null);
    }

    private final PolicyParameters parameters = PolicyParameters.of(List.of(
            row("500000", "2025-07-01", 770),
            row("500000", "2024-07-01", 700),
            row("500103", "2026-01-01", 810),
            row("500103", "2027-01-01", 850),
            row("500103001", "2026-06-01", 830),
            row("500103001001", "2026-09-01", 840)));

    @Test
    void picksTheLatestRowThatHasTakenEffect() {
        assertThat(standard(LocalDate.of(2025, 6, 30), "500105001001")).isEqualTo(700);
        assertThat(standard(LocalDate.of(2025, 7, 1), "500105001001")).isEqualTo(770);
    }

    @Test
    void prefersTheDistrictOverTheCityFromItsEffectiveDate() {
        assertThat(standard(JAN_2026.minusDays(1), "500103002001")).isEqualTo(770);
        assertThat(standard(JAN_2026, "500103002001")).isEqualTo(810);
    }

    @Test
    void prefersStreetAndCommunityRowsOverTheDistrict() {
        assertThat(standard(LocalDate.of(2026, 6, 1), "500103001002")).isEqualTo(830);
        assertThat(standard(LocalDate.of(2026, 9, 1), "500103001002")).isEqualTo(830);
        assertThat(standard(LocalDate.of(2026, 9, 1), "500103001001")).isEqualTo(840);
    }

    @Test
    void aFutureRowDoesNotApplyBeforeItsDay() {
        assertThat(standard(LocalDate.of(2026, 12, 31), "500103002001")).isEqualTo(810);
        assertThat(standard(LocalDate.of(2027, 1, 1), "500103002001")).isEqualTo(850);
    }

    @Test
    void recordsWhichRowWasPicked() {
        ParameterRow row = parameters.at(JAN_2026, "500103002001").row(ParamKey.DIBAO_STANDARD_URBAN);
        assertThat(row.ref()).isEqualTo(new ParameterRef("DIBAO_STANDARD_URBAN", "500103", JAN_2026));
    }

    @Test
    void aMissingParameterIsAnErrorNamingKeyRegionAndDate() {
        ParameterSet set = parameters.at(LocalDate.of(2020, 1, 1), "500103");
        assertThat(set.has(ParamKey.DIBAO_STANDARD_URBAN)).isFalse();
        assertThatThrownBy(() -> set.value(ParamKey.TEKUN_STANDARD))
                .isInstanceOf(MissingParameterException.class)
                .hasMessageContaining("TEKUN_STANDARD")
                .hasMessageContaining("500103")
                .hasMessageContaining("2020-01-01");
    }

    @Test
    void regionChainGoesFromCommunityToCity() {
        assertThat(PolicyParameters.regionChain("500103001001"))
                .containsExactly("500103001001", "500103001", "500103", "500000");
        assertThat(PolicyParameters.regionChain("500000")).containsExactly("500000");
    }

    @Test
    void theSeedFileResolvesEveryParameterTheRulesRead() {
        ParameterSet set = SeededParameters.parameters().at(LocalDate.of(2025, 7, 1), "500154001001");
        for (ParamKey key : ParamKey.values()) {
            assertThat(set.has(key)).as(key.name()).isTrue();
        }
        assertThat(set.value(ParamKey.DIBAO_STANDARD_RURAL)).isEqualByComparingTo("630");
        assertThat(set.value(ParamKey.TEKUN_STANDARD)).isEqualByComparingTo("1001");
    }

    @Test
    void everySeedRowSaysWhereItComesFrom() {
        assertThat(SeededParameters.rows()).allSatisfy(r -> assertThat(r.note()).isNotBlank());
        assertThat(SeededParameters.rows())
                .filteredOn(r -> r.note().contains("working assumption"))
                .isNotEmpty();
    }

    private int standard(LocalDate date, String region) {
        return parameters.at(date, region).value(ParamKey.DIBAO_STANDARD_URBAN).intValue();
    }
}
