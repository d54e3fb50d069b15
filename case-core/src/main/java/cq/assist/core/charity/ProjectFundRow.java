package cq.assist.core.charity;

import java.math.BigDecimal;

/**
 * A charity project with its fund figures (yuan) and what a consent needs to name.
 *
 * @param fundTotal the fund raised
 * @param fundRemaining the fund not yet committed; never below zero (a CHECK constraint)
 * @param perPersonCap the most one request can be accepted with
 * @param minMedicalExpenses the project's medical-expense condition, or null
 * @param requests how many requests the project has received (any state)
 */
public record ProjectFundRow(
        String id,
        String name,
        String orgCode,
        String orgName,
        String description,
        String causes,
        BigDecimal minMedicalExpenses,
        BigDecimal fundTotal,
        BigDecimal fundRemaining,
        BigDecimal perPersonCap,
        boolean active,
        long requests) {

    /** The fund committed to accepted requests: total minus remaining (yuan). */
    public BigDecimal committed() {
        return fundTotal.subtract(fundRemaining);
    }
}
