package cq.assist.core.check;

import java.math.BigDecimal;

/**
 * The facts a demo or a test stages for one person in the reference registry. Only {@code idNumber}
 * and {@code name} are required; a null fact means "the feed has no record", not zero. Money is
 * yuan per month unless the name says otherwise.
 */
public record StagedPerson(
        String idNumber,
        String name,
        BigDecimal monthlyWage,
        BigDecimal monthlyPension,
        BigDecimal monthlyOtherIncome,
        BigDecimal deposits,
        BigDecimal securities,
        Integer homes,
        BigDecimal homeAreaSqm,
        Integer vehicles,
        Integer businesses,
        Integer disabilityGrade,
        BigDecimal medicalExpenses12m,
        Boolean onPublicPayroll,
        Boolean deceased) {

    /** Only the ID number and name; every feed without a record. */
    public static StagedPerson named(String idNumber, String name) {
        return new StagedPerson(
                idNumber, name, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }
}
