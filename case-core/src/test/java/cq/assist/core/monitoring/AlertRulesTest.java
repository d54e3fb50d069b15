package cq.assist.core.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import cq.assist.core.rules.ItemCode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which alerts a re-screening raises, and the Chinese sentence each carries for the community worker. */
class AlertRulesTest {

    private static HeldItem granted(ItemCode code, String amount) {
        return new HeldItem("H1", code.name(), "GRANTED", amount == null ? null : new BigDecimal(amount));
    }

    @Test
    void anItemNotHeldThatBecameEligibleIsNewlyEligibleWithItsEstimatedAmount() {
        List<AlertRules.Raised> raised = AlertRules.alerts(
                ScreeningResult.parse("DIBAO=N|TEMP_AID=N"),
                ScreeningResult.parse("DIBAO=E80.00|TEMP_AID=N"),
                Map.of());

        assertThat(raised).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(AlertKind.NEWLY_ELIGIBLE);
            assertThat(r.items()).containsExactly(new AlertItem("DIBAO", null, "80.00"));
            assertThat(r.reasons()).containsExactly("经复核，家庭现符合“最低生活保障”的条件（测算金额 80.00 元），请告知家庭并协助申请。");
        });
    }

    @Test
    void anEligibleItemWithoutAmountNamesNone() {
        List<AlertRules.Raised> raised = AlertRules.alerts(
                ScreeningResult.parse("DIBAO_EDGE=N"), ScreeningResult.parse("DIBAO_EDGE=E"), Map.of());

        assertThat(raised.get(0).reasons()).containsExactly("经复核，家庭现符合“低保边缘家庭认定”的条件，请告知家庭并协助申请。");
    }

    @Test
    void aGrantedItemNoLongerEligibleAsksForAVisitAndNeverStopsPayment() {
        List<AlertRules.Raised> raised = AlertRules.alerts(
                ScreeningResult.parse("DIBAO=E80.00"),
                ScreeningResult.parse("DIBAO=N"),
                Map.of(ItemCode.DIBAO, granted(ItemCode.DIBAO, "80.00")));

        assertThat(raised).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(AlertKind.NO_LONGER_ELIGIBLE);
            assertThat(r.items()).containsExactly(new AlertItem("DIBAO", "80.00", null));
            assertThat(r.reasons().get(0)).contains("可能不再符合“最低生活保障”").contains("不自动停发");
        });
    }

    @Test
    void aGrantedAmountThatMovedIsAnAmountChangeFromTheGrantedAmount() {
        List<AlertRules.Raised> raised = AlertRules.alerts(
                ScreeningResult.parse("DIBAO=E80.00"),
                ScreeningResult.parse("DIBAO=E140.00"),
                Map.of(ItemCode.DIBAO, granted(ItemCode.DIBAO, "75")));

        assertThat(raised).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(AlertKind.AMOUNT_CHANGED);
            assertThat(r.items()).containsExactly(new AlertItem("DIBAO", "75.00", "140.00"));
            assertThat(r.reasons()).containsExactly("“最低生活保障”测算金额由 75.00 元变为 140.00 元，请复核。");
        });
    }

    @Test
    void nothingChangedOrAnItemAlreadyOpenRaisesNothing() {
        assertThat(AlertRules.alerts(
                        ScreeningResult.parse("DIBAO=E80.00"), ScreeningResult.parse("DIBAO=E80.0"), Map.of()))
                .isEmpty();
        assertThat(AlertRules.alerts(
                        ScreeningResult.parse("TEKUN=N"),
                        ScreeningResult.parse("TEKUN=E900.00"),
                        Map.of(ItemCode.TEKUN, new HeldItem("H1", "TEKUN", "IN_REVIEW", null))))
                .isEmpty();
    }

    @Test
    void alertsOfOneKindAreGroupedInOne() {
        List<AlertRules.Raised> raised = AlertRules.alerts(
                ScreeningResult.parse("DIBAO=N|TEMP_AID=N"),
                ScreeningResult.parse("DIBAO=E80.00|TEMP_AID=E1000.00"),
                Map.of());

        assertThat(raised).singleElement().satisfies(r -> {
            assertThat(r.items()).extracting(AlertItem::itemCode).containsExactly("DIBAO", "TEMP_AID");
            assertThat(r.reasons()).hasSize(2);
        });
    }
}
