package cq.assist.core.rules;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Test fixtures: households, members and their checked facts. */
public final class Households {

    /** When the fixture sources answered. */
    public static final Instant SEEN = Instant.parse("2026-01-05T02:00:00Z");

    /** A community in 渝中区 (made-up code below the district). */
    public static final String YUZHONG_COMMUNITY = "500103001001";

    private Households() {}

    /** Facts of a member with nothing on record: every source answered, all zero, no certificate. */
    public static Facts facts() {
        return new Facts();
    }

    public static Member member(String id, Relation relation, LocalDate birth, Employment employment, Facts facts) {
        return new Member(id, id, relation, birth, employment, false, null, facts.build());
    }

    public static HouseholdSnapshot household(String region, boolean urban, Housing housing, List<Member> members) {
        return new HouseholdSnapshot(
                "H-" + members.get(0).memberId(),
                region,
                urban,
                housing,
                Set.of(),
                false,
                members.get(0).memberId(),
                members,
                Set.of());
    }

    public static HouseholdSnapshot single(Member member) {
        return household(YUZHONG_COMMUNITY, true, new Housing(false, BigDecimal.ZERO), List.of(member));
    }

    /** The snapshot with other declared causes, legal matter and held items. */
    public static HouseholdSnapshot with(
            HouseholdSnapshot h, Set<HardshipCause> causes, boolean legalMatter, Set<ItemCode> held) {
        return new HouseholdSnapshot(
                h.householdId(),
                h.regionCode(),
                h.urban(),
                h.housing(),
                causes.isEmpty() ? EnumSet.noneOf(HardshipCause.class) : EnumSet.copyOf(causes),
                legalMatter,
                h.applicantMemberId(),
                new ArrayList<>(h.members()),
                held);
    }

    /** Builder of {@link MemberFacts}; every fact starts FOUND with "nothing on record". */
    public static final class Facts {
        private final Fact<?>[] facts = {
            money(0),
            money(0),
            money(0),
            money(0),
            money(0),
            count(0),
            money(0),
            count(0),
            count(0),
            Fact.notFound("DISABLED_PERSONS_FEDERATION"),
            money(0),
            found(false, "FINANCE"),
            found(false, "POLICE")
        };

        /** Field index by name, as golden files name them. */
        static int index(String field) {
            return switch (field) {
                case "wage" -> 0;
                case "pension" -> 1;
                case "otherIncome" -> 2;
                case "deposits" -> 3;
                case "securities" -> 4;
                case "homes" -> 5;
                case "homeAreaSqm" -> 6;
                case "vehicles" -> 7;
                case "businesses" -> 8;
                case "disabilityGrade" -> 9;
                case "medicalExpenses" -> 10;
                case "publicPayroll" -> 11;
                case "deceased" -> 12;
                default -> throw new IllegalArgumentException("unknown fact: " + field);
            };
        }

        /** Sets a fact found with a number (integers for counts and the grade) or a boolean. */
        public Facts set(String field, Object value) {
            int i = index(field);
            if (value instanceof Boolean b) {
                facts[i] = found(b, "REGISTRY");
            } else if (value instanceof Number n && (i == 5 || i == 7 || i == 8 || i == 9)) {
                facts[i] = found(n.intValue(), "REGISTRY");
            } else if (value instanceof Number || value instanceof String) {
                facts[i] = found(new BigDecimal(value.toString()), "REGISTRY");
            } else {
                throw new IllegalArgumentException("bad value for " + field + ": " + value);
            }
            return this;
        }

        public Facts notFound(String field) {
            facts[index(field)] = Fact.notFound("REGISTRY");
            return this;
        }

        @SuppressWarnings("unchecked")
        public MemberFacts build() {
            return new MemberFacts(
                    (Fact<BigDecimal>) facts[0],
                    (Fact<BigDecimal>) facts[1],
                    (Fact<BigDecimal>) facts[2],
                    (Fact<BigDecimal>) facts[3],
                    (Fact<BigDecimal>) facts[4],
                    (Fact<Integer>) facts[5],
                    (Fact<BigDecimal>) facts[6],
                    (Fact<Integer>) facts[7],
                    (Fact<Integer>) facts[8],
                    (Fact<Integer>) facts[9],
                    (Fact<BigDecimal>) facts[10],
                    (Fact<Boolean>) facts[11],
                    (Fact<Boolean>) facts[12]);
        }

        private static Fact<BigDecimal> money(int value) {
            return Fact.found(BigDecimal.valueOf(value), "REGISTRY", SEEN);
        }

        private static Fact<Integer> count(int value) {
            return Fact.found(value, "REGISTRY", SEEN);
        }

        private static <T> Fact<T> found(T value, String source) {
            return Fact.found(value, source, SEEN);
        }
    }
}
