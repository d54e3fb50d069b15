package cq.assist.webapi.registry;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * Body of {@code PUT /dev/registry/persons/{idNumber}}: all optional but {@code name}; money in yuan per month
 * unless named otherwise. Every value fits its {@code registry_person} column, or the request is a 400 naming
 * the field: monthly amounts and medical expenses at most 10 integer and 2 fraction digits
 * ({@code DECIMAL(12,2)}), deposits and securities 12 and 2 ({@code DECIMAL(14,2)}), the floor area 0 to
 * 100000 m² with 2 fraction digits, counts 0 to 10000.
 */
record StageRegistryPersonRequest(
        @NotBlank @Size(max = 64) String name,
        @PositiveOrZero @Digits(integer = 10, fraction = 2) BigDecimal monthlyWage,
        @PositiveOrZero @Digits(integer = 10, fraction = 2) BigDecimal monthlyPension,
        @PositiveOrZero @Digits(integer = 10, fraction = 2) BigDecimal monthlyOtherIncome,
        @PositiveOrZero @Digits(integer = 12, fraction = 2) BigDecimal deposits,
        @PositiveOrZero @Digits(integer = 12, fraction = 2) BigDecimal securities,
        @PositiveOrZero @Max(MAX_COUNT) Integer homes,
        @PositiveOrZero @DecimalMax("100000") @Digits(integer = 6, fraction = 2) BigDecimal homeAreaSqm,
        @PositiveOrZero @Max(MAX_COUNT) Integer vehicles,
        @PositiveOrZero @Max(MAX_COUNT) Integer businesses,
        @Min(1) @Max(4) Integer disabilityGrade,
        @PositiveOrZero @Digits(integer = 10, fraction = 2) BigDecimal medicalExpenses12m,
        Boolean onPublicPayroll,
        Boolean deceased,
        @Size(max = 32) String phone) {

    /** Most homes, vehicles or businesses one person may be staged with. */
    static final int MAX_COUNT = 10_000;
}
