package cq.assist.core.rules;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * One member of the household as declared, with the facts the check found.
 *
 * @param memberId stable id of the member within the application (never an ID number)
 * @param displayName how reasons name the member, e.g. a masked name "李*" or "申请人"; must not be null
 * @param relation relation to the applicant
 * @param birthDate date of birth
 * @param employment declared employment
 * @param student declared to be in school
 * @param declaredDisabilityGrade declared disability grade 1–4, null when none declared
 * @param facts what the data sources said
 */
public record Member(
        String memberId,
        String displayName,
        Relation relation,
        LocalDate birthDate,
        Employment employment,
        boolean student,
        Integer declaredDisabilityGrade,
        MemberFacts facts) {

    public Member {
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(relation, "relation");
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(employment, "employment");
        Objects.requireNonNull(facts, "facts");
    }

    /** Age in completed years on {@code date}: the birthday itself counts. */
    public int ageAt(LocalDate date) {
        return (int) ChronoUnit.YEARS.between(birthDate, date);
    }

    /** True unless the death registry says the member has died. */
    public boolean alive() {
        return !facts.isDeceased();
    }
}
