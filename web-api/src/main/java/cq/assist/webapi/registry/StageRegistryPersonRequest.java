package cq.assist.webapi.registry;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** Body of {@code PUT /dev/registry/persons/{idNumber}}: all optional but {@code name}; money per month unless named otherwise. */
record StageRegistryPersonRequest(
        @NotBlank @Size(max = 64) String name,
        @PositiveOrZero BigDecimal monthlyWage,
        @PositiveOrZero BigDecimal monthlyPension,
        @PositiveOrZero BigDecimal monthlyOtherIncome,
        @PositiveOrZero BigDecimal deposits,
        @PositiveOrZero BigDecimal securities,
        @PositiveOrZero Integer homes,
        @PositiveOrZero BigDecimal homeAreaSqm,
        @PositiveOrZero Integer vehicles,
        @PositiveOrZero Integer businesses,
        @Min(1) @Max(4) Integer disabilityGrade,
        @PositiveOrZero BigDecimal medicalExpenses12m,
        Boolean onPublicPayroll,
        Boolean deceased,
        @Size(max = 32) String phone) {}
