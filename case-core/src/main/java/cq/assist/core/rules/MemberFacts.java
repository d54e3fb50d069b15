package cq.assist.core.rules;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The facts the economic check found for one member, one {@link Fact} per item of the check. None of
 * the components may be null; a fact the source could not answer is {@link Fact#notFound}.
 *
 * @param monthlyWage wages per month (yuan)
 * @param monthlyPension pension per month (yuan)
 * @param monthlyOtherIncome other income per month: property, transfers (yuan)
 * @param deposits bank deposits (yuan)
 * @param securities securities (yuan)
 * @param homes number of homes owned
 * @param homeAreaSqm total floor area owned (m²)
 * @param vehicles number of vehicles
 * @param businesses number of registered businesses
 * @param disabilityGrade grade 1–4 on the disability certificate; NOT_FOUND = no certificate
 * @param medicalExpenses12m own-paid medical expenses in the last 12 months (yuan)
 * @param onPublicPayroll paid from public finance
 * @param deceased death registered
 */
public record MemberFacts(
        Fact<BigDecimal> monthlyWage,
        Fact<BigDecimal> monthlyPension,
        Fact<BigDecimal> monthlyOtherIncome,
        Fact<BigDecimal> deposits,
        Fact<BigDecimal> securities,
        Fact<Integer> homes,
        Fact<BigDecimal> homeAreaSqm,
        Fact<Integer> vehicles,
        Fact<Integer> businesses,
        Fact<Integer> disabilityGrade,
        Fact<BigDecimal> medicalExpenses12m,
        Fact<Boolean> onPublicPayroll,
        Fact<Boolean> deceased) {

    public MemberFacts {
        Objects.requireNonNull(monthlyWage, "monthlyWage");
        Objects.requireNonNull(monthlyPension, "monthlyPension");
        Objects.requireNonNull(monthlyOtherIncome, "monthlyOtherIncome");
        Objects.requireNonNull(deposits, "deposits");
        Objects.requireNonNull(securities, "securities");
        Objects.requireNonNull(homes, "homes");
        Objects.requireNonNull(homeAreaSqm, "homeAreaSqm");
        Objects.requireNonNull(vehicles, "vehicles");
        Objects.requireNonNull(businesses, "businesses");
        Objects.requireNonNull(disabilityGrade, "disabilityGrade");
        Objects.requireNonNull(medicalExpenses12m, "medicalExpenses12m");
        Objects.requireNonNull(onPublicPayroll, "onPublicPayroll");
        Objects.requireNonNull(deceased, "deceased");
    }

    /** True when the death registry says the member has died. */
    public boolean isDeceased() {
        return deceased.found() && Boolean.TRUE.equals(deceased.value());
    }
}
