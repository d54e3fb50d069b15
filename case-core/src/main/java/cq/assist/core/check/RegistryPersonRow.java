package cq.assist.core.check;

import java.math.BigDecimal;

/**
 * One row of the reference registry ({@code registry_person}) that stands in for the departments' data
 * feeds. A null field means the feed behind it has no record for this person, which is not zero.
 *
 * @param idNumberHash blind index of the ID number (never the number itself)
 * @param idNumberEnc the encrypted ID number
 */
public record RegistryPersonRow(
        String idNumberHash,
        byte[] idNumberEnc,
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
        boolean deceased) {}
