package cq.assist.core.intake;

import cq.assist.core.common.DomainException;
import cq.assist.core.common.ProblemKind;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * Duplicate detection on the household, not on the applicant (issue 7): a filing claims every member's
 * ID number, and fails when any of them is covered by another application that is open or closed with a
 * grant in force. A claim is released when its application ends without a grant (withdrawn, expired, refused,
 * closed with nothing granted) or when every grant of it has been ended by a review ({@code item_grant.ends_on})
 * and no item case of it is open; the next filing then takes it over. The claim table's primary key decides between two filings at once; members are claimed in
 * the order of their blind index, so two filings never wait on each other in a cycle. Joins the
 * filing's transaction, so a refused filing leaves no claim behind.
 */
@Component
class HouseholdClaims {

    private final HouseholdClaimMapper claims;

    HouseholdClaims(HouseholdClaimMapper claims) {
        this.claims = claims;
    }

    /**
     * Claims the members for the application.
     *
     * @throws DomainException CONFLICT, type {@code household-already-covered}, with the covering
     *     application's number in {@code applicationNo}
     */
    void claim(String applicationId, String filerAccountId, List<MemberRow> members) {
        members.stream()
                .map(MemberRow::idNumberHash)
                .sorted()
                .forEach(hash -> claimOne(hash, applicationId, filerAccountId));
    }

    private void claimOne(String hash, String applicationId, String filer) {
        try {
            claims.insert(hash, applicationId, filer);
            return;
        } catch (DuplicateKeyException held) {
            // someone holds it: still covering, or stale and ours to take over
        }
        HouseholdClaimMapper.ClaimHolder holder = claims.selectHolder(hash);
        if (!holder.covering() && claims.takeOver(hash, holder.applicationId(), applicationId, filer) == 1) {
            return;
        }
        String coveredBy = holder.covering()
                ? holder.applicationNo()
                : claims.selectHolder(hash).applicationNo();
        throw new DomainException(ProblemKind.CONFLICT, "intake.household.alreadyCovered", coveredBy)
                .withType("household-already-covered")
                .withProperty("applicationNo", coveredBy);
    }
}
