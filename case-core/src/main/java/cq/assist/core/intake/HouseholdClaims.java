package cq.assist.core.intake;

import cq.assist.core.common.DomainException;
import cq.assist.core.rules.Relation;
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
    private final ApplicationMapper applications;
    private final cq.assist.core.pii.PiiCipher cipher;

    HouseholdClaims(HouseholdClaimMapper claims, ApplicationMapper applications, cq.assist.core.pii.PiiCipher cipher) {
        this.claims = claims;
        this.applications = applications;
        this.cipher = cipher;
    }

    /**
     * Claims the members for the application.
     *
     * @param filer who files: the covering application's number is told only to a filer entitled to know it
     *     (see {@link #entitled})
     * @param communityCode the community the filing is for
     * @throws DomainException CONFLICT, type {@code household-already-covered}, with the covering
     *     application's number in {@code applicationNo} when the filer is entitled to it
     */
    void claim(String applicationId, Filer filer, String communityCode, List<MemberRow> members) {
        String filerAccountId = filer.accountId();
        // a claim made before an index-key rotation holds the member under its older index: it still covers
        for (MemberRow member : members) {
            String idNumber = cipher.decrypt(
                    cq.assist.core.pii.PiiField.MEMBER_ID_NUMBER,
                    cq.assist.core.pii.PiiField.rowKey(member.applicationId(), member.seq()),
                    member.idNumberEnc());
            for (String older : cipher.blindIndexes(idNumber)) {
                HouseholdClaimMapper.ClaimHolder holder =
                        older.equals(member.idNumberHash()) ? null : claims.selectHolder(older);
                if (holder != null && holder.covering() && !applicationId.equals(holder.applicationId())) {
                    throw covered(holder, filer, communityCode, members);
                }
            }
        }
        members.stream()
                .map(MemberRow::idNumberHash)
                .sorted()
                .forEach(hash -> claimOne(hash, applicationId, filer, communityCode, members));
    }

    private void claimOne(
            String hash, String applicationId, Filer filing, String communityCode, List<MemberRow> members) {
        String filer = filing.accountId();
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
        throw covered(holder.covering() ? holder : claims.selectHolder(hash), filing, communityCode, members);
    }

    /**
     * The refusal. Its number is told only to a filer entitled to know which application covers the household
     * (otherwise anyone real-name bound could learn whether any person's household is being assisted by listing
     * that person as a member): the account that filed the covering application, a resident who is a member of
     * it (the filing's SELF member, who is the filer's verified person), or a community worker of its community.
     */
    private DomainException covered(
            HouseholdClaimMapper.ClaimHolder holder, Filer filer, String communityCode, List<MemberRow> members) {
        if (entitled(holder.applicationId(), filer, communityCode, members)) {
            return new HouseholdCovered(
                            "intake.household.alreadyCovered", holder.applicationId(), holder.applicationNo())
                    .withProperty("applicationNo", holder.applicationNo());
        }
        return new HouseholdCovered("intake.household.alreadyCoveredElsewhere", holder.applicationId());
    }

    private boolean entitled(String coveringId, Filer filer, String communityCode, List<MemberRow> members) {
        ApplicationRow covering = applications.selectById(coveringId);
        if (covering == null) {
            return false;
        }
        if (filer.accountId().equals(covering.filerAccountId())) {
            return true;
        }
        if (filer.worker()) {
            return communityCode != null && communityCode.equals(covering.communityCode());
        }
        return members.stream()
                .filter(m -> Relation.SELF.name().equals(m.relation()))
                .findFirst()
                .map(self -> cipher.decrypt(
                        cq.assist.core.pii.PiiField.MEMBER_ID_NUMBER,
                        cq.assist.core.pii.PiiField.rowKey(self.applicationId(), self.seq()),
                        self.idNumberEnc()))
                .map(cipher::blindIndexes)
                .map(mine ->
                        applications.selectMembers(coveringId).stream().anyMatch(m -> mine.contains(m.idNumberHash())))
                .orElse(false);
    }
}
