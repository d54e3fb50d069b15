package cq.assist.core.charityrequest;

import cq.assist.core.check.EconomicCheck;
import cq.assist.core.rules.HouseholdSnapshot;
import java.math.BigDecimal;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The household's own-paid medical expenses of the last 12 months (yuan): the sum over the members of the
 * economic check's figure (a member whose figure was not found counts 0). Empty before the check ran.
 */
@Component
public class HouseholdMedicalExpenses {

    private final EconomicCheck check;

    public HouseholdMedicalExpenses(EconomicCheck check) {
        this.check = check;
    }

    /** The sum for an application's checked household, or empty when no snapshot exists yet. */
    public Optional<BigDecimal> of(String applicationId) {
        return check.find(applicationId).map(HouseholdMedicalExpenses::sum);
    }

    /** The sum over a snapshot's members. */
    public static BigDecimal sum(HouseholdSnapshot snapshot) {
        return snapshot.members().stream()
                .map(m -> m.facts().medicalExpenses12m().orElse(BigDecimal.ZERO))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
