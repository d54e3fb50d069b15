package cq.assist.core.rules;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A charity project as the matcher sees it (stored and seeded by the charity feature).
 *
 * @param id project id
 * @param name project name
 * @param organisation organisation name
 * @param causes causes of hardship it helps with (at least one must match)
 * @param regionCodes regions it serves, matched by prefix ({@code 500000} or an empty list: the whole city)
 * @param minAge youngest member it helps, null for no bound
 * @param maxAge oldest member it helps (inclusive), null for no bound
 * @param requiresDibao only for households eligible for 低保 or 特困
 * @param requiresLowIncome only for households with per-capita income below the near-低保 line
 * @param minMedicalExpenses only for households with at least these medical expenses in 12 months; null
 *     for none
 * @param fundBalance remaining fund, yuan
 * @param perPersonCap most it gives one person, yuan
 * @param active accepting requests
 */
public record CharityProject(
        String id,
        String name,
        String organisation,
        Set<HardshipCause> causes,
        List<String> regionCodes,
        Integer minAge,
        Integer maxAge,
        boolean requiresDibao,
        boolean requiresLowIncome,
        BigDecimal minMedicalExpenses,
        BigDecimal fundBalance,
        BigDecimal perPersonCap,
        boolean active) {

    public CharityProject {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(fundBalance, "fundBalance");
        Objects.requireNonNull(perPersonCap, "perPersonCap");
        causes = causes == null || causes.isEmpty()
                ? Collections.unmodifiableSet(EnumSet.noneOf(HardshipCause.class))
                : Collections.unmodifiableSet(EnumSet.copyOf(causes));
        regionCodes = regionCodes == null ? List.of() : List.copyOf(regionCodes);
    }
}
