package cq.assist.core.payments;

import static cq.assist.core.fixtures.CaseFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cq.assist.core.common.DomainException;
import cq.assist.core.common.ProblemKind;
import cq.assist.core.fixtures.CaseFixtures;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.dao.DuplicateKeyException;

/** Monthly payment rolls of a district: one line per household and item, the newest grant pays, one roll a month. */
class PaymentRollsTest {

    private final PaymentMapper payments = mock(PaymentMapper.class);
    private final PaymentRolls rolls = new PaymentRolls(payments, CaseFixtures.clock());

    private static GrantInForce grant(String caseId, String household, String item, String amount) {
        return new GrantInForce(
                caseId,
                "app-" + caseId,
                household,
                item,
                CaseFixtures.COMMUNITY,
                new BigDecimal(amount),
                LocalDate.of(2026, 11, 1),
                NOW);
    }

    @Test
    void buildsOneLinePerHouseholdAndItemTakingTheNewestGrant() {
        when(payments.selectGrantsInForce(any()))
                .thenReturn(List.of(
                        grant("new", "H1", "DIBAO", "900.00"),
                        grant("old", "H1", "DIBAO", "800.00"),
                        grant("c3", "H1", "TEMP_AID", "2000.00"),
                        grant("c4", "H2", "DIBAO", "700.00")));
        readsBackTheBuiltRoll();

        RollRow roll = rolls.build("2026-12", "500103", "500103", "admin");

        ArgumentCaptor<GrantQuery> query = ArgumentCaptor.forClass(GrantQuery.class);
        verify(payments).selectGrantsInForce(query.capture());
        assertThat(query.getValue().regionPrefix()).isEqualTo("500103%");
        assertThat(query.getValue().monthStart()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(query.getValue().monthEnd()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(query.getValue().monthly()).contains("DIBAO", "TEKUN").doesNotContain("TEMP_AID");
        assertThat(query.getValue().once()).contains("TEMP_AID").doesNotContain("DIBAO");
        @SuppressWarnings("unchecked")
        ArgumentCaptor<List<LineRow>> lines = ArgumentCaptor.forClass(List.class);
        verify(payments).insertLines(lines.capture());
        assertThat(lines.getValue())
                .extracting(LineRow::caseId, LineRow::amount)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("new", new BigDecimal("900.00")),
                        org.assertj.core.groups.Tuple.tuple("c3", new BigDecimal("2000.00")),
                        org.assertj.core.groups.Tuple.tuple("c4", new BigDecimal("700.00")));
        assertThat(lines.getValue()).allSatisfy(l -> assertThat(l.rollId()).isEqualTo(roll.id()));
        verify(payments).updateRollTotals(roll.id());
    }

    @Test
    void aSecondRollOfTheMonthInTheDistrictIsAConflict() {
        doThrow(new DuplicateKeyException("uk_roll")).when(payments).insertRoll(any());

        assertThatThrownBy(() -> rolls.build("2026-12", "500103", null, "admin"))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ProblemKind.CONFLICT);
                    assertThat(e.messageKey()).isEqualTo("payments.roll.exists");
                });
        verify(payments, never()).insertLines(anyList());
    }

    @Test
    void refusesAMonthTooFarAheadNotADistrictAndAnotherDistrictsRoll() {
        assertThatThrownBy(() -> rolls.build("2027-01", "500103", null, "admin"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.fieldErrors())
                        .extracting(DomainException.FieldError::field)
                        .containsExactly("month"));
        assertThatThrownBy(() -> rolls.build("2026-13", "500103", null, "admin"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.fieldErrors())
                        .extracting(DomainException.FieldError::messageKey)
                        .containsExactly("payments.month.invalid"));
        for (String notADistrict : new String[] {null, "500000", "500103001"}) {
            assertThatThrownBy(() -> rolls.build("2026-12", notADistrict, null, "admin"))
                    .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.fieldErrors())
                            .extracting(DomainException.FieldError::field)
                            .containsExactly("regionCode"));
        }
        assertThatThrownBy(() -> rolls.build("2026-12", "500104", "500103", "clerk"))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.kind()).isEqualTo(ProblemKind.FORBIDDEN));
        verify(payments, never()).insertRoll(any());
    }

    @Test
    void aRollOutsideTheCallersDistrictDoesNotExistForIt() {
        RollRow roll = new RollRow("r1", "2026-11", "500104", "BUILT", 0, BigDecimal.ZERO, 0, 0, "a", NOW, null);
        when(payments.selectRoll("r1")).thenReturn(roll);

        assertThat(rolls.roll("r1", null)).isEqualTo(roll);
        assertThat(rolls.roll("r1", "500104")).isEqualTo(roll);
        assertThatThrownBy(() -> rolls.lines("r1", "500103"))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.kind()).isEqualTo(ProblemKind.NOT_FOUND));
        verify(payments, never()).selectLines(any());
    }

    @Test
    void listsOnePageWithinTheCallersDistrict() {
        when(payments.countRolls(any())).thenReturn(42L);

        assertThat(rolls.list(" 2026-11 ", null, 2, 20, "500103").total()).isEqualTo(42);

        verify(payments).selectRolls(new RollQuery("2026-11", "500103%", 40, 20));
        assertThatThrownBy(() -> rolls.list(null, "500104", 0, 20, "500103"))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.kind()).isEqualTo(ProblemKind.FORBIDDEN));
        assertThatThrownBy(() -> rolls.list(null, null, 0, 101, null))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.fieldErrors())
                        .extracting(DomainException.FieldError::field)
                        .containsExactly("size"));
    }

    @Test
    void pageAndSizeExtremesAreNamedNeverAWrappedOffset() {
        for (int page : new int[] {-1, Integer.MAX_VALUE, 100_001}) {
            assertThatThrownBy(() -> rolls.list(null, null, page, 100, null))
                    .as("page %d", page)
                    .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.fieldErrors())
                            .extracting(DomainException.FieldError::field)
                            .containsExactly("page"));
        }
        for (int size : new int[] {0, Integer.MIN_VALUE, Integer.MAX_VALUE}) {
            assertThatThrownBy(() -> rolls.list(null, null, 0, size, null))
                    .as("size %d", size)
                    .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.fieldErrors())
                            .extracting(DomainException.FieldError::field)
                            .containsExactly("size"));
        }
        rolls.list(null, null, 100_000, 100, null);
        verify(payments).selectRolls(new RollQuery(null, null, 10_000_000L, 100));
    }

    @Test
    void aShortRegionClaimCoversNoDistrict() {
        RollRow roll = new RollRow("r1", "2026-11", "500103", "BUILT", 0, BigDecimal.ZERO, 0, 0, "a", NOW, null);
        when(payments.selectRoll("r1")).thenReturn(roll);

        for (String claim : List.of("5001", "50010", "-", "500103%")) {
            assertThatThrownBy(() -> rolls.roll("r1", claim))
                    .as("claim '%s'", claim)
                    .isInstanceOfSatisfying(
                            DomainException.class, e -> assertThat(e.kind()).isEqualTo(ProblemKind.NOT_FOUND));
            assertThatThrownBy(() -> rolls.list(null, "500103", 0, 20, claim))
                    .as("claim '%s'", claim)
                    .isInstanceOfSatisfying(
                            DomainException.class, e -> assertThat(e.kind()).isEqualTo(ProblemKind.FORBIDDEN));
        }
        verify(payments, never()).selectRolls(any());
    }

    /** Arrears: an earlier roll's month pays the grants in force then that have no line of that month yet. */
    @Test
    void aMissedEarlierMonthIsPaidInThisRollOnceAndAPaidOneIsNot() {
        when(payments.selectRollMonthsBefore("500103", "2026-12", PaymentRolls.ARREARS_MONTHS))
                .thenReturn(List.of("2026-11"));
        when(payments.selectPaidHouseholdItems("500103%", "2026-11")).thenReturn(List.of("H2/DIBAO"));
        // both households' grants were in force in November and December
        when(payments.selectGrantsInForce(any()))
                .thenReturn(List.of(grant("c1", "H1", "DIBAO", "900.00"), grant("c2", "H2", "DIBAO", "700.00")));
        readsBackTheBuiltRoll();

        rolls.build("2026-12", "500103", "500103", "admin");

        @SuppressWarnings("unchecked")
        ArgumentCaptor<List<LineRow>> lines = ArgumentCaptor.forClass(List.class);
        verify(payments).insertLines(lines.capture());
        assertThat(lines.getValue())
                .extracting(l -> l.householdKey() + " " + l.month())
                .as("H1 was left off November's roll; H2 was paid in it")
                .containsExactly("H1 2026-12", "H2 2026-12", "H1 2026-11");
    }

    @Test
    void aMonthPaidMeanwhileByAnotherRollIsA409NotA500() {
        when(payments.selectGrantsInForce(any())).thenReturn(List.of(grant("c1", "H1", "DIBAO", "900.00")));
        org.mockito.Mockito.doThrow(new org.springframework.dao.DuplicateKeyException("uk_payment_line_once"))
                .when(payments)
                .insertLines(any());

        assertThatThrownBy(() -> rolls.build("2026-12", "500103", "500103", "admin"))
                .isInstanceOfSatisfying(cq.assist.core.common.DomainException.class, e -> assertThat(e.kind())
                        .isEqualTo(cq.assist.core.common.ProblemKind.CONFLICT));
    }

    /** The roll read back after building: December's roll of 500103, as the database would answer. */
    private void readsBackTheBuiltRoll() {
        when(payments.selectRoll(any()))
                .thenAnswer(call -> new RollRow(
                        call.getArgument(0),
                        "2026-12",
                        "500103",
                        "BUILT",
                        3,
                        BigDecimal.TEN,
                        0,
                        0,
                        "admin",
                        NOW,
                        null));
    }
}
