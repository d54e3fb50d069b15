package cq.assist.core.rules;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/** Test fixtures: charity projects. */
public final class CharityProjects {

    private CharityProjects() {}

    /** An active project with 100,000 yuan left and a cap of 5,000 per person, no other condition. */
    public static CharityProject project(String id, Set<HardshipCause> causes, String... regions) {
        return new CharityProject(
                id,
                "项目" + id,
                "慈善组织",
                causes,
                List.of(regions),
                null,
                null,
                false,
                false,
                null,
                new BigDecimal("100000"),
                new BigDecimal("5000"),
                true);
    }

    public static CharityProject withFund(CharityProject p, String fund, String cap, boolean active) {
        return new CharityProject(
                p.id(),
                p.name(),
                p.organisation(),
                p.causes(),
                p.regionCodes(),
                p.minAge(),
                p.maxAge(),
                p.requiresDibao(),
                p.requiresLowIncome(),
                p.minMedicalExpenses(),
                new BigDecimal(fund),
                new BigDecimal(cap),
                active);
    }
}
