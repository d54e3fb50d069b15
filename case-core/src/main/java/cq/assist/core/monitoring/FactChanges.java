package cq.assist.core.monitoring;

import cq.assist.core.rules.Fact;
import cq.assist.core.rules.MemberFacts;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Which of a member's facts differ between two readings of the data sources: found or not, and the value
 * (amounts compared by value, so 800 and 800.00 are the same); when a source saw it does not count. Pure.
 */
final class FactChanges {

    /** The facts, each with the message key of its name. */
    private static final List<Named> FACTS = List.of(
            new Named("monitoring.fact.monthlyWage", MemberFacts::monthlyWage),
            new Named("monitoring.fact.monthlyPension", MemberFacts::monthlyPension),
            new Named("monitoring.fact.monthlyOtherIncome", MemberFacts::monthlyOtherIncome),
            new Named("monitoring.fact.deposits", MemberFacts::deposits),
            new Named("monitoring.fact.securities", MemberFacts::securities),
            new Named("monitoring.fact.homes", MemberFacts::homes),
            new Named("monitoring.fact.homeAreaSqm", MemberFacts::homeAreaSqm),
            new Named("monitoring.fact.vehicles", MemberFacts::vehicles),
            new Named("monitoring.fact.businesses", MemberFacts::businesses),
            new Named("monitoring.fact.disabilityGrade", MemberFacts::disabilityGrade),
            new Named("monitoring.fact.medicalExpenses12m", MemberFacts::medicalExpenses12m),
            new Named("monitoring.fact.onPublicPayroll", MemberFacts::onPublicPayroll),
            new Named("monitoring.fact.deceased", MemberFacts::deceased));

    private FactChanges() {}

    /** The message keys of the facts that changed, in a fixed order; empty when none did. */
    static List<String> between(MemberFacts before, MemberFacts after) {
        List<String> changed = new ArrayList<>();
        for (Named fact : FACTS) {
            if (!same(fact.read().apply(before), fact.read().apply(after))) {
                changed.add(fact.key());
            }
        }
        return changed;
    }

    private static boolean same(Fact<?> a, Fact<?> b) {
        if (a.found() != b.found()) {
            return false;
        }
        if (a.value() instanceof BigDecimal x && b.value() instanceof BigDecimal y) {
            return x.compareTo(y) == 0;
        }
        return Objects.equals(a.value(), b.value());
    }

    private record Named(String key, Function<MemberFacts, Fact<?>> read) {}
}
