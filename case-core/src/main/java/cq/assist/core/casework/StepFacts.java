package cq.assist.core.casework;

import cq.assist.core.check.EconomicCheck;
import cq.assist.core.rules.Fact;
import cq.assist.core.rules.HardshipCause;
import cq.assist.core.rules.HouseholdSnapshot;
import cq.assist.core.rules.Member;
import cq.assist.core.rules.MemberFacts;
import cq.assist.core.time.BusinessClock;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * What a step needs of the household, and nothing more (issue 8: "a housing reviewer needs housing facts, not
 * bank deposits"): from the economic check's snapshot, the facts the caller's department decides on, names
 * masked as the check stored them, ages instead of birth dates, no ID numbers. Civil affairs (street review
 * and district decision of 低保, 特困 and the other civil-affairs items) sees the incomes and assets of every
 * member; each other department sees only the facts of its items.
 */
@Component
public class StepFacts {

    /** Member facts by department kind, in the order shown; relation and age are always shown. */
    static final Map<String, List<String>> MEMBER_FIELDS = Map.of(
            "CIVIL_AFFAIRS",
            List.of(
                    "employment",
                    "student",
                    "disabilityGrade",
                    "monthlyWage",
                    "monthlyPension",
                    "monthlyOtherIncome",
                    "deposits",
                    "securities",
                    "homes",
                    "homeAreaSqm",
                    "vehicles",
                    "businesses",
                    "medicalExpenses12m",
                    "onPublicPayroll"),
            "HOUSING",
            List.of("homes", "homeAreaSqm"),
            "MEDICAL_SECURITY",
            List.of("disabilityGrade", "medicalExpenses12m"),
            "EDUCATION",
            List.of("student"),
            "HRSS",
            List.of("employment", "disabilityGrade"),
            "JUSTICE",
            List.of(),
            "EMERGENCY",
            List.of(),
            "DEVELOPMENT_REFORM",
            List.of());

    /** Household facts by department kind, in the order shown; the household size is always shown. */
    static final Map<String, List<String>> HOUSEHOLD_FIELDS = Map.of(
            "CIVIL_AFFAIRS",
            List.of("urban", "ownsHome", "areaSqm", "causes", "monthlyIncome", "monthlyIncomePerCapita", "assets"),
            "HOUSING",
            List.of("ownsHome", "areaSqm", "monthlyIncomePerCapita"),
            "MEDICAL_SECURITY",
            List.of("causes"),
            "EDUCATION",
            List.of("causes"),
            "HRSS",
            List.of("causes"),
            "JUSTICE",
            List.of("causes", "legalMatter"),
            "EMERGENCY",
            List.of("causes", "ownsHome", "areaSqm"),
            "DEVELOPMENT_REFORM",
            List.of("urban"));

    private final EconomicCheck check;
    private final BusinessClock clock;

    StepFacts(EconomicCheck check, BusinessClock clock) {
        this.check = check;
        this.clock = clock;
    }

    /**
     * The facts the department decides on, once the economic check has run; empty before that or for a
     * department kind that decides nothing (an administrator).
     */
    public Optional<Shown> of(String applicationId, String departmentKind) {
        if (departmentKind == null || !MEMBER_FIELDS.containsKey(departmentKind)) {
            return Optional.empty();
        }
        return check.find(applicationId).map(s -> shown(s, departmentKind, clock.today()));
    }

    /** The facts of the snapshot that the department of {@code departmentKind} needs, on {@code today}. */
    static Shown shown(HouseholdSnapshot snapshot, String departmentKind, LocalDate today) {
        List<String> memberFields = MEMBER_FIELDS.get(departmentKind);
        List<Member> living = snapshot.members().stream().filter(Member::alive).toList();
        List<Person> people = new ArrayList<>();
        for (Member m : snapshot.members()) {
            Map<String, Value> all = memberValues(m);
            people.add(new Person(
                    m.displayName(),
                    m.relation().name(),
                    m.ageAt(today),
                    !m.alive(),
                    memberFields.stream().map(all::get).toList()));
        }
        Map<String, Value> household = householdValues(snapshot, living);
        List<Value> householdShown = new ArrayList<>();
        householdShown.add(household.get("size"));
        HOUSEHOLD_FIELDS.get(departmentKind).forEach(f -> householdShown.add(household.get(f)));
        return new Shown(departmentKind, householdShown, memberFields, people);
    }

    private static Map<String, Value> memberValues(Member m) {
        MemberFacts f = m.facts();
        Map<String, Value> v = new java.util.LinkedHashMap<>();
        v.put("employment", Value.declared("employment", m.employment().name()));
        v.put("student", Value.declared("student", Boolean.toString(m.student())));
        v.put(
                "disabilityGrade",
                f.disabilityGrade().found()
                        ? Value.of("disabilityGrade", f.disabilityGrade(), String::valueOf)
                        : m.declaredDisabilityGrade() != null
                                ? Value.declared("disabilityGrade", m.declaredDisabilityGrade() + "")
                                : Value.of("disabilityGrade", f.disabilityGrade(), String::valueOf));
        v.put("monthlyWage", Value.of("monthlyWage", f.monthlyWage(), StepFacts::money));
        v.put("monthlyPension", Value.of("monthlyPension", f.monthlyPension(), StepFacts::money));
        v.put("monthlyOtherIncome", Value.of("monthlyOtherIncome", f.monthlyOtherIncome(), StepFacts::money));
        v.put("deposits", Value.of("deposits", f.deposits(), StepFacts::money));
        v.put("securities", Value.of("securities", f.securities(), StepFacts::money));
        v.put("homes", Value.of("homes", f.homes(), String::valueOf));
        v.put("homeAreaSqm", Value.of("homeAreaSqm", f.homeAreaSqm(), a -> a.stripTrailingZeros()
                .toPlainString()));
        v.put("vehicles", Value.of("vehicles", f.vehicles(), String::valueOf));
        v.put("businesses", Value.of("businesses", f.businesses(), String::valueOf));
        v.put("medicalExpenses12m", Value.of("medicalExpenses12m", f.medicalExpenses12m(), StepFacts::money));
        v.put("onPublicPayroll", Value.of("onPublicPayroll", f.onPublicPayroll(), String::valueOf));
        return v;
    }

    private static Map<String, Value> householdValues(HouseholdSnapshot s, List<Member> living) {
        Map<String, Value> v = new java.util.LinkedHashMap<>();
        v.put("size", Value.declared("size", Integer.toString(living.size())));
        v.put("urban", Value.declared("urban", Boolean.toString(s.urban())));
        v.put(
                "ownsHome",
                Value.declared("ownsHome", Boolean.toString(s.housing().ownsHome())));
        v.put(
                "areaSqm",
                s.housing().areaSqm() == null
                        ? Value.missing("areaSqm", "DECLARED")
                        : Value.declared(
                                "areaSqm",
                                s.housing().areaSqm().stripTrailingZeros().toPlainString()));
        v.put(
                "causes",
                Value.declared(
                        "causes",
                        s.declaredCauses().stream().map(HardshipCause::name).collect(Collectors.joining(","))));
        v.put("legalMatter", Value.declared("legalMatter", Boolean.toString(s.legalMatter())));
        Optional<BigDecimal> income =
                sum(living, f -> List.of(f.monthlyWage(), f.monthlyPension(), f.monthlyOtherIncome()));
        v.put(
                "monthlyIncome",
                income.map(i -> Value.derived("monthlyIncome", money(i)))
                        .orElse(Value.missing("monthlyIncome", "DERIVED")));
        v.put(
                "monthlyIncomePerCapita",
                income.filter(i -> !living.isEmpty())
                        .map(i -> Value.derived(
                                "monthlyIncomePerCapita",
                                money(i.divide(BigDecimal.valueOf(living.size()), 2, RoundingMode.HALF_UP))))
                        .orElse(Value.missing("monthlyIncomePerCapita", "DERIVED")));
        v.put(
                "assets",
                sum(living, f -> List.of(f.deposits(), f.securities()))
                        .map(a -> Value.derived("assets", money(a)))
                        .orElse(Value.missing("assets", "DERIVED")));
        return v;
    }

    /** The sum over the living members, or empty when a source could not answer for one of them. */
    private static Optional<BigDecimal> sum(List<Member> living, Function<MemberFacts, List<Fact<BigDecimal>>> facts) {
        BigDecimal total = BigDecimal.ZERO;
        for (Member m : living) {
            for (Fact<BigDecimal> f : facts.apply(m.facts())) {
                if (!f.found()) {
                    return Optional.empty();
                }
                total = total.add(f.value());
            }
        }
        return Optional.of(total);
    }

    private static String money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /**
     * The facts shown to one department.
     *
     * @param departmentKind the department they were chosen for
     * @param household the household's facts, the size first
     * @param memberFields the codes of each member's {@code facts}, in order
     * @param members every member as the check saw them (masked name, relation, age)
     */
    public record Shown(
            String departmentKind, List<Value> household, List<String> memberFields, List<Person> members) {}

    /**
     * One member: masked name, relation code, age in years, whether the death registry lists the member, and
     * the values of {@link Shown#memberFields} in the same order.
     */
    public record Person(String name, String relation, int age, boolean deceased, List<Value> facts) {}

    /**
     * One fact: its code, its value as text (money in yuan with two decimals, booleans {@code true}/{@code
     * false}, codes for enums, comma-separated codes for lists), or null when the source could not answer;
     * {@code source} names the data source, {@code DECLARED} (the application) or {@code DERIVED} (summed
     * from the members' facts).
     */
    public record Value(String code, String value, String source) {

        static <T> Value of(String code, Fact<T> fact, Function<T, String> text) {
            return new Value(code, fact.found() ? text.apply(fact.value()) : null, fact.source());
        }

        static Value declared(String code, String value) {
            return new Value(code, value, "DECLARED");
        }

        static Value derived(String code, String value) {
            return new Value(code, value, "DERIVED");
        }

        static Value missing(String code, String source) {
            return new Value(code, null, source);
        }
    }
}
