package cq.assist.core.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The income-tested items: 低保, 低保边缘 and 刚性支出. */
final class IncomeRules {

    private static final BigDecimal TWELVE = BigDecimal.valueOf(12);

    private IncomeRules() {}

    /** The 低保 standard row for the household (urban or rural), recorded as used. */
    static BigDecimal standard(DecisionBuilder b, HouseholdView view) {
        return b.use(view.parameters.row(standardKey(view))).value();
    }

    static ParamKey standardKey(HouseholdView view) {
        return view.snapshot.urban() ? ParamKey.DIBAO_STANDARD_URBAN : ParamKey.DIBAO_STANDARD_RURAL;
    }

    static ItemDecision dibao(HouseholdView view, ItemDecision tekun, boolean everyoneTekun) {
        DecisionBuilder b = new DecisionBuilder(ItemCode.DIBAO, view.parameters);
        ParameterRow row = b.use(view.parameters.row(standardKey(view)));
        BigDecimal standard = row.value();
        BigDecimal perCapita = income(b, view);
        if (perCapita != null) {
            compareWithStandard(b, view, perCapita, row);
        } else {
            knownIncomeAlreadyTooHigh(b, view, row);
        }
        assets(b, view, standard);
        b.conflictAll(view.incomeConflicts);
        if (tekun.outcome() == Outcome.ELIGIBLE && everyoneTekun) {
            b.fail(Reason.of(ReasonKey.DIBAO_COVERED_BY_TEKUN));
        }
        if (perCapita != null && b.outcome() == Outcome.ELIGIBLE) {
            BigDecimal amount = standard.subtract(perCapita)
                    .multiply(BigDecimal.valueOf(view.size()))
                    .setScale(2, RoundingMode.HALF_UP);
            b.amount(amount)
                    .pass(Reason.of(
                            ReasonKey.DIBAO_AMOUNT,
                            Texts.money(standard),
                            Texts.money(perCapita),
                            Integer.toString(view.size()),
                            Texts.money(amount)));
        }
        return b.build();
    }

    /**
     * Missing data may only block a positive decision (issue 8): when the income found already reaches the
     * standard, no missing figure can bring it below, so the household is not eligible, with that reason.
     */
    private static void knownIncomeAlreadyTooHigh(DecisionBuilder b, HouseholdView view, ParameterRow row) {
        BigDecimal known = view.knownPerCapitaIncome;
        if (known != null && known.compareTo(row.value()) >= 0) {
            b.fail(Reason.of(
                    ReasonKey.KNOWN_INCOME_NOT_BELOW,
                    Texts.money(known),
                    view.parameters.regionName(row.regionCode()),
                    Integer.toString(row.effectiveFrom().getYear()),
                    Texts.money(row.value())));
        }
    }

    /** "Below" is strict: income equal to the standard is not below it. */
    private static void compareWithStandard(
            DecisionBuilder b, HouseholdView view, BigDecimal perCapita, ParameterRow row) {
        boolean below = perCapita.compareTo(row.value()) < 0;
        Reason reason = Reason.of(
                below ? ReasonKey.INCOME_BELOW : ReasonKey.INCOME_NOT_BELOW,
                Texts.money(perCapita),
                view.parameters.regionName(row.regionCode()),
                Integer.toString(row.effectiveFrom().getYear()),
                Texts.money(row.value()));
        if (below) {
            b.pass(reason);
        } else {
            b.fail(reason);
        }
    }

    static ItemDecision edge(HouseholdView view) {
        DecisionBuilder b = new DecisionBuilder(ItemCode.DIBAO_EDGE, view.parameters);
        BigDecimal standard = standard(b, view);
        BigDecimal ratio = b.use(ParamKey.DIBAO_EDGE_RATIO);
        BigDecimal line = standard.multiply(ratio).setScale(2, RoundingMode.HALF_UP);
        BigDecimal perCapita = income(b, view);
        if (perCapita != null) {
            String pc = Texts.money(perCapita);
            if (perCapita.compareTo(standard) < 0) {
                b.fail(Reason.of(ReasonKey.EDGE_BELOW_STANDARD, pc, Texts.money(standard)));
            } else if (perCapita.compareTo(line) >= 0) {
                b.fail(Reason.of(ReasonKey.EDGE_NOT_BELOW_LINE, pc, Texts.money(line), Texts.plain(ratio)));
            } else {
                b.pass(Reason.of(
                        ReasonKey.EDGE_BETWEEN, pc, Texts.money(standard), Texts.money(line), Texts.plain(ratio)));
            }
        }
        assets(b, view, standard);
        b.conflictAll(view.incomeConflicts);
        return b.build();
    }

    static ItemDecision rigid(HouseholdView view) {
        DecisionBuilder b = new DecisionBuilder(ItemCode.RIGID_EXPENSE, view.parameters);
        BigDecimal standard = standard(b, view);
        BigDecimal threshold = b.use(ParamKey.RIGID_MEDICAL_THRESHOLD);
        BigDecimal medical = view.medicalExpenses;
        boolean over = medical.compareTo(threshold) > 0;
        if (over) {
            b.pass(Reason.of(ReasonKey.MEDICAL_OVER, Texts.money(medical), Texts.money(threshold)));
        } else if (!view.medicalMissing.isEmpty()) {
            b.unknownAll(view.medicalMissing);
        } else {
            b.fail(Reason.of(ReasonKey.MEDICAL_NOT_OVER, Texts.money(medical), Texts.money(threshold)));
        }
        BigDecimal perCapita = income(b, view);
        if (perCapita != null && over) {
            afterMedical(b, view, perCapita, standard);
        }
        assets(b, view, standard);
        b.conflictAll(view.incomeConflicts);
        return b.build();
    }

    /** Per-capita income after a twelfth of the medical expenses, against the standard. */
    private static void afterMedical(DecisionBuilder b, HouseholdView view, BigDecimal perCapita, BigDecimal standard) {
        if (perCapita.compareTo(standard) < 0) {
            b.fail(Reason.of(ReasonKey.EDGE_BELOW_STANDARD, Texts.money(perCapita), Texts.money(standard)));
            return;
        }
        BigDecimal monthly = view.medicalExpenses.divide(TWELVE, 2, RoundingMode.HALF_UP);
        BigDecimal after =
                view.totalIncome.subtract(monthly).divide(BigDecimal.valueOf(view.size()), 2, RoundingMode.HALF_UP);
        boolean below = after.compareTo(standard) < 0;
        Reason reason = Reason.of(
                below ? ReasonKey.RIGID_AFTER_BELOW : ReasonKey.RIGID_AFTER_NOT_BELOW,
                Texts.money(after),
                Texts.money(standard));
        if (below) {
            b.pass(reason);
        } else {
            b.fail(reason);
        }
    }

    /** Per-capita income, or null with the missing sources as reasons (NOT_FOUND is never zero). */
    static BigDecimal income(DecisionBuilder b, HouseholdView view) {
        b.use(ParamKey.ADULT_AGE);
        if (view.size() == 0) {
            b.fail(Reason.of(ReasonKey.NO_LIVING_MEMBER));
            return null;
        }
        b.unknownAll(view.incomeMissing);
        return view.perCapitaIncome;
    }

    /** Deposits and securities per capita, vehicles, homes and businesses against their limits. */
    static void assets(DecisionBuilder b, HouseholdView view, BigDecimal standard) {
        if (view.size() == 0) {
            return;
        }
        BigDecimal months = b.use(ParamKey.ASSET_PER_CAPITA_MONTHS);
        BigDecimal cap = standard.multiply(months).setScale(2, RoundingMode.HALF_UP);
        BigDecimal perCapita = view.financialAssets.divide(BigDecimal.valueOf(view.size()), 2, RoundingMode.HALF_UP);
        boolean within = perCapita.compareTo(cap) <= 0;
        within &= limit(b, view.vehicles, b.useInt(ParamKey.MAX_VEHICLES), ReasonKey.VEHICLES_OVER);
        within &= limit(b, view.homes, b.useInt(ParamKey.MAX_HOMES), ReasonKey.HOMES_OVER);
        within &= limit(b, view.businesses, b.useInt(ParamKey.MAX_BUSINESSES), ReasonKey.BUSINESSES_OVER);
        if (perCapita.compareTo(cap) > 0) {
            b.fail(Reason.of(ReasonKey.FINANCIAL_OVER, Texts.money(perCapita), Texts.money(cap), Texts.plain(months)));
        }
        b.unknownAll(view.assetMissing);
        if (within && view.assetMissing.isEmpty()) {
            b.pass(Reason.of(ReasonKey.ASSETS_WITHIN, Texts.money(perCapita), Texts.money(cap)));
        }
    }

    private static boolean limit(DecisionBuilder b, int actual, int max, ReasonKey key) {
        if (actual > max) {
            b.fail(Reason.of(key, Integer.toString(actual), Integer.toString(max)));
            return false;
        }
        return true;
    }
}
