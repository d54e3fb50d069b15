package cq.assist.bench;

import cq.assist.core.rules.Employment;
import cq.assist.core.rules.Fact;
import cq.assist.core.rules.HardshipCause;
import cq.assist.core.rules.HouseholdSnapshot;
import cq.assist.core.rules.Housing;
import cq.assist.core.rules.Member;
import cq.assist.core.rules.MemberFacts;
import cq.assist.core.rules.Relation;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** One compact {@code bench_household} row: up to three members, household assets, the last outcome hash. */
record BenchHousehold(
        long id,
        String regionCode,
        boolean urban,
        int memberCount,
        int[] birthDays,
        int[] wages,
        int[] pensions,
        int[] grades,
        int[] employments,
        int deposits,
        int homes,
        int areaSqm,
        int vehicles,
        int medical,
        int causes,
        long lastOutcome) {

    static final String COLUMNS =
            "id, region_code, urban, member_count, m1_birth, m1_wage, m1_pension, m1_grade, m1_emp,"
                    + " m2_birth, m2_wage, m2_pension, m2_grade, m2_emp, m3_birth, m3_wage, m3_pension, m3_grade, m3_emp,"
                    + " deposits, homes, area_sqm, vehicles, medical, causes, last_outcome";

    private static final Instant SEEN = Instant.parse("2026-01-01T00:00:00Z");
    private static final Relation[] RELATIONS = {Relation.SELF, Relation.SPOUSE, Relation.CHILD};
    private static final Employment[] EMPLOYMENTS = Employment.values();
    private static final HardshipCause[] CAUSES = HardshipCause.values();

    static BenchHousehold read(ResultSet rs) throws SQLException {
        int n = rs.getInt(4);
        int[] birth = new int[n], wage = new int[n], pension = new int[n], grade = new int[n], emp = new int[n];
        for (int i = 0; i < n; i++) {
            int base = 5 + i * 5;
            birth[i] = rs.getInt(base);
            wage[i] = rs.getInt(base + 1);
            pension[i] = rs.getInt(base + 2);
            grade[i] = rs.getInt(base + 3);
            emp[i] = rs.getInt(base + 4);
        }
        return new BenchHousehold(
                rs.getLong(1),
                rs.getString(2),
                rs.getBoolean(3),
                n,
                birth,
                wage,
                pension,
                grade,
                emp,
                rs.getInt(20),
                rs.getInt(21),
                rs.getInt(22),
                rs.getInt(23),
                rs.getInt(24),
                rs.getInt(25),
                rs.getLong(26));
    }

    /** The rules' snapshot: the applicant carries the household's assets; income per member. */
    HouseholdSnapshot toSnapshot() {
        List<Member> members = new ArrayList<>(memberCount);
        for (int i = 0; i < memberCount; i++) {
            members.add(new Member(
                    "m" + i,
                    "成员" + i,
                    RELATIONS[i],
                    LocalDate.ofEpochDay(birthDays[i]),
                    EMPLOYMENTS[employments[i]],
                    employments[i] == Employment.STUDENT.ordinal(),
                    grades[i] == 0 ? null : grades[i],
                    facts(i)));
        }
        Set<HardshipCause> declared = EnumSet.noneOf(HardshipCause.class);
        for (HardshipCause cause : CAUSES) {
            if ((causes & (1 << cause.ordinal())) != 0) {
                declared.add(cause);
            }
        }
        return new HouseholdSnapshot(
                Long.toString(id),
                regionCode,
                urban,
                new Housing(homes > 0, BigDecimal.valueOf(areaSqm)),
                declared,
                false,
                "m0",
                members,
                Set.of());
    }

    private MemberFacts facts(int i) {
        boolean head = i == 0;
        return new MemberFacts(
                money(wages[i], "TAX"),
                money(pensions[i], "SOCIAL_SECURITY"),
                money(0, "TAX"),
                money(head ? deposits : 0, "BANK"),
                money(0, "BANK"),
                count(head ? homes : 0, "REAL_ESTATE"),
                money(head ? areaSqm : 0, "REAL_ESTATE"),
                count(head ? vehicles : 0, "VEHICLES"),
                count(0, "BUSINESSES"),
                grades[i] == 0 ? Fact.notFound("DISABILITY") : Fact.found(grades[i], "DISABILITY", SEEN),
                money(head ? medical : 0, "MEDICAL"),
                Fact.found(false, "PUBLIC_PAYROLL", SEEN),
                Fact.found(false, "POPULATION_REGISTRY", SEEN));
    }

    private static Fact<BigDecimal> money(int yuan, String source) {
        return Fact.found(BigDecimal.valueOf(yuan), source, SEEN);
    }

    private static Fact<Integer> count(int n, String source) {
        return Fact.found(n, source, SEEN);
    }
}
