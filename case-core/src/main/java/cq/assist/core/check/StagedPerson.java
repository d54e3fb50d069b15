package cq.assist.core.check;

import java.math.BigDecimal;

/**
 * The facts a demo or a test stages for one person in the reference registry. Only {@code idNumber}
 * and {@code name} are required; a null fact means "the feed has no record", not zero. Money is
 * yuan per month unless the name says otherwise. {@code phone} is the population registry's phone on
 * file (11 digits; null keeps the phone already on file, if any).
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
        Boolean deceased,
        String phone) {

    /** The facts without a phone on file (a staged person keeps any phone already on file). */
    public StagedPerson(
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
        this(
                idNumber,
                name,
                monthlyWage,
                monthlyPension,
                monthlyOtherIncome,
                deposits,
                securities,
                homes,
                homeAreaSqm,
                vehicles,
                businesses,
                disabilityGrade,
                medicalExpenses12m,
                onPublicPayroll,
                deceased,
                null);
    }

    /** Only the ID number and name; every feed without a record. */
    public static StagedPerson named(String idNumber, String name) {
        return new StagedPerson(
                idNumber, name, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /** Only the ID number, name and phone on file; every feed without a record. */
    public static StagedPerson withPhone(String idNumber, String name, String phone) {
        return new StagedPerson(
                idNumber, name, null, null, null, null, null, null, null, null, null, null, null, null, null, phone);
    }
}
