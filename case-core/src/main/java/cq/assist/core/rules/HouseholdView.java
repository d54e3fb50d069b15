package cq.assist.core.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Figures computed once per assessment from the snapshot and the parameters: living members and ages,
 * household income, assets and medical expenses (with what could not be found), and conflicts between
 * what was declared and what the sources say.
 */
final class HouseholdView {

    final HouseholdSnapshot snapshot;
    final ParameterSet parameters;
    final LocalDate date;
    final List<Member> members;
    final int[] ages;
    final List<Member> living = new ArrayList<>();
    final boolean[] earner;
    final Reason[] disabilityConflict;
    final List<Reason> incomeMissing = new ArrayList<>(2);
    final List<Reason> assetMissing = new ArrayList<>(2);
    final List<Reason> medicalMissing = new ArrayList<>(1);
    final List<Reason> incomeConflicts = new ArrayList<>(1);
    final int adultAge;
    BigDecimal totalIncome = BigDecimal.ZERO;
    BigDecimal perCapitaIncome;
    /**
     * Per-capita income of the sources found (missing ones left out): a lower bound of the true figure,
     * since no income is negative. Equal to {@link #perCapitaIncome} when nothing is missing.
     */
    BigDecimal knownPerCapitaIncome;

    BigDecimal financialAssets = BigDecimal.ZERO;
    BigDecimal medicalExpenses = BigDecimal.ZERO;
    int homes;
    int vehicles;
    int businesses;

    HouseholdView(HouseholdSnapshot snapshot, ParameterSet parameters) {
        this.snapshot = snapshot;
        this.parameters = parameters;
        this.date = parameters.date();
        this.members = snapshot.members();
        this.adultAge = parameters.value(ParamKey.ADULT_AGE).intValue();
        int count = members.size();
        this.ages = new int[count];
        this.earner = new boolean[count];
        this.disabilityConflict = new Reason[count];
        for (int i = 0; i < count; i++) {
            Member member = members.get(i);
            ages[i] = member.ageAt(date);
            medical(member);
            if (member.alive()) {
                living.add(member);
                boolean adult = ages[i] >= adultAge;
                income(member, adult);
                assets(member, adult);
                declarations(i, member);
            }
        }
        if (!living.isEmpty()) {
            knownPerCapitaIncome = totalIncome.divide(BigDecimal.valueOf(living.size()), 2, RoundingMode.HALF_UP);
            if (incomeMissing.isEmpty()) {
                perCapitaIncome = knownPerCapitaIncome;
            }
        }
    }

    int size() {
        return living.size();
    }

    int age(Member member) {
        return ages[indexOf(member)];
    }

    boolean isEarner(Member member) {
        return earner[indexOf(member)];
    }

    /** The grade on the certificate, 0 when none was found. */
    static int certifiedGrade(Member member) {
        Fact<Integer> grade = member.facts().disabilityGrade();
        return grade.found() ? grade.value() : 0;
    }

    private int indexOf(Member member) {
        for (int i = 0; i < members.size(); i++) {
            if (members.get(i) == member) {
                return i;
            }
        }
        throw new IllegalArgumentException("not a member of this household: " + member.memberId());
    }

    /** The conflict between the declared disability and the certificate, null when none. */
    Reason disabilityConflict(Member member) {
        return disabilityConflict[indexOf(member)];
    }

    boolean anyStudent() {
        return firstStudent() != null;
    }

    Member firstStudent() {
        for (Member member : living) {
            if (member.student() || member.employment() == Employment.STUDENT) {
                return member;
            }
        }
        return null;
    }

    private void income(Member member, boolean adult) {
        MemberFacts facts = member.facts();
        BigDecimal own = add(
                member,
                facts.monthlyWage(),
                RuleWords.zh("fact.wage"),
                adult,
                incomeMissing,
                ReasonKey.INCOME_MISSING,
                BigDecimal.ZERO);
        own = add(
                member,
                facts.monthlyPension(),
                RuleWords.zh("fact.pension"),
                adult,
                incomeMissing,
                ReasonKey.INCOME_MISSING,
                own);
        own = add(
                member,
                facts.monthlyOtherIncome(),
                RuleWords.zh("fact.otherIncome"),
                adult,
                incomeMissing,
                ReasonKey.INCOME_MISSING,
                own);
        totalIncome = totalIncome.add(own);
        BigDecimal wage = facts.monthlyWage().orElse(BigDecimal.ZERO);
        earner[indexOf(member)] = wage.signum() > 0 || member.employment() == Employment.EMPLOYED;
    }

    private void assets(Member member, boolean adult) {
        MemberFacts facts = member.facts();
        financialAssets = add(
                member,
                facts.deposits(),
                RuleWords.zh("fact.deposits"),
                adult,
                assetMissing,
                ReasonKey.ASSET_MISSING,
                financialAssets);
        financialAssets = add(
                member,
                facts.securities(),
                RuleWords.zh("fact.securities"),
                adult,
                assetMissing,
                ReasonKey.ASSET_MISSING,
                financialAssets);
        homes += count(member, facts.homes(), RuleWords.zh("fact.homes"), adult);
        vehicles += count(member, facts.vehicles(), RuleWords.zh("fact.vehicles"), adult);
        businesses += count(member, facts.businesses(), RuleWords.zh("fact.businesses"), adult);
    }

    private void medical(Member member) {
        Fact<BigDecimal> fact = member.facts().medicalExpenses12m();
        if (fact.found()) {
            medicalExpenses = medicalExpenses.add(fact.value());
        } else if (member.alive()) {
            medicalMissing.add(Reason.of(ReasonKey.MEDICAL_MISSING, member.displayName()));
        }
    }

    private void declarations(int index, Member member) {
        BigDecimal wage = member.facts().monthlyWage().orElse(BigDecimal.ZERO);
        if (member.employment() == Employment.UNEMPLOYED && wage.signum() > 0) {
            incomeConflicts.add(Reason.of(ReasonKey.EMPLOYMENT_CONFLICT, member.displayName(), Texts.money(wage)));
        }
        if (Boolean.TRUE.equals(member.facts().onPublicPayroll().orElse(false))) {
            incomeConflicts.add(Reason.of(ReasonKey.PUBLIC_PAYROLL, member.displayName()));
        }
        Integer declared = member.declaredDisabilityGrade();
        if (declared == null) {
            return;
        }
        int certified = certifiedGrade(member);
        if (certified == 0) {
            disabilityConflict[index] =
                    Reason.of(ReasonKey.DISABILITY_NO_CERTIFICATE, member.displayName(), declared.toString());
        } else if (certified != declared) {
            disabilityConflict[index] = Reason.of(
                    ReasonKey.DISABILITY_GRADE_MISMATCH,
                    member.displayName(),
                    declared.toString(),
                    Integer.toString(certified));
        }
    }

    private static BigDecimal add(
            Member member,
            Fact<BigDecimal> fact,
            String what,
            boolean adult,
            List<Reason> missing,
            ReasonKey key,
            BigDecimal sum) {
        if (fact.found()) {
            return sum.add(fact.value());
        }
        if (adult) {
            missing.add(Reason.of(key, member.displayName(), what, fact.source()));
        }
        return sum;
    }

    private int count(Member member, Fact<Integer> fact, String what, boolean adult) {
        if (fact.found()) {
            return fact.value();
        }
        if (adult) {
            assetMissing.add(Reason.of(ReasonKey.ASSET_MISSING, member.displayName(), what, fact.source()));
        }
        return 0;
    }
}
