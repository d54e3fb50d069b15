package cq.assist.core.check;

import cq.assist.core.rules.Employment;
import cq.assist.core.rules.HardshipCause;
import cq.assist.core.rules.Housing;
import cq.assist.core.rules.ItemCode;
import cq.assist.core.rules.Relation;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What the economic check needs for one application: the household as declared and, per member,
 * whether its authorization is valid and unexpired on the check date. Only authorized members are
 * looked up in the data sources.
 *
 * @param applicationId the application; one snapshot per application
 * @param checkDate the business date of the check
 * @param regionCode the household's community code
 * @param urban the urban 低保 standard applies (from the region)
 * @param housing declared housing
 * @param declaredCauses declared causes of hardship
 * @param legalMatter a legal matter was declared
 * @param heldOrPending items the household already holds or has pending
 * @param members every member, the applicant (relation SELF) included
 */
public record CheckRequest(
        String applicationId,
        LocalDate checkDate,
        String regionCode,
        boolean urban,
        Housing housing,
        Set<HardshipCause> declaredCauses,
        boolean legalMatter,
        Set<ItemCode> heldOrPending,
        List<MemberToCheck> members) {

    public CheckRequest {
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(checkDate, "checkDate");
        Objects.requireNonNull(regionCode, "regionCode");
        Objects.requireNonNull(housing, "housing");
        members = List.copyOf(members);
        if (members.stream().filter(m -> m.relation() == Relation.SELF).count() != 1) {
            throw new IllegalArgumentException("exactly one member must be SELF");
        }
    }

    /**
     * One member as declared.
     *
     * @param memberId stable id within the application (never the ID number)
     * @param displayName how reasons name the member (masked name)
     * @param idNumber the ID number the sources are asked about; never stored in the snapshot
     * @param authorized the member's authorization is valid and unexpired on the check date
     */
    public record MemberToCheck(
            String memberId,
            String displayName,
            String idNumber,
            Relation relation,
            LocalDate birthDate,
            Employment employment,
            boolean student,
            Integer declaredDisabilityGrade,
            boolean authorized) {}
}
