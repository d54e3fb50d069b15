package cq.assist.core.rules;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The immutable input of the rules: the household as declared plus the checked facts of each member,
 * and what the household already holds.
 *
 * @param householdId id of the household (or application) for logs; must not be null
 * @param regionCode community code (12 digits) or a coarser region code; region codes nest by prefix
 * @param urban the urban (true) or rural (false) 低保 standard applies
 * @param housing declared housing
 * @param declaredCauses causes of hardship the applicant declared
 * @param legalMatter the applicant declared a legal matter (dispute, claim) that needs legal aid
 * @param applicantMemberId the memberId of the SELF member
 * @param members all members, the applicant included
 * @param heldOrPending items the household already holds or has pending (active grants, open cases)
 */
public record HouseholdSnapshot(
        String householdId,
        String regionCode,
        boolean urban,
        Housing housing,
        Set<HardshipCause> declaredCauses,
        boolean legalMatter,
        String applicantMemberId,
        List<Member> members,
        Set<ItemCode> heldOrPending) {

    public HouseholdSnapshot {
        Objects.requireNonNull(householdId, "householdId");
        Objects.requireNonNull(regionCode, "regionCode");
        Objects.requireNonNull(housing, "housing");
        Objects.requireNonNull(applicantMemberId, "applicantMemberId");
        declaredCauses = declaredCauses == null || declaredCauses.isEmpty()
                ? Collections.unmodifiableSet(EnumSet.noneOf(HardshipCause.class))
                : Collections.unmodifiableSet(EnumSet.copyOf(declaredCauses));
        members = List.copyOf(members);
        heldOrPending = heldOrPending == null || heldOrPending.isEmpty()
                ? Collections.unmodifiableSet(EnumSet.noneOf(ItemCode.class))
                : Collections.unmodifiableSet(EnumSet.copyOf(heldOrPending));
    }
}
