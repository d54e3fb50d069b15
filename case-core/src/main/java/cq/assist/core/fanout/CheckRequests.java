package cq.assist.core.fanout;

import cq.assist.core.authorization.AuthorizationRecords;
import cq.assist.core.check.CheckRequest;
import cq.assist.core.check.CheckRequest.MemberToCheck;
import cq.assist.core.intake.ApplicationRow;
import cq.assist.core.intake.Applications;
import cq.assist.core.intake.MemberRow;
import cq.assist.core.itemcase.ItemCases;
import cq.assist.core.pii.Masking;
import cq.assist.core.pii.PiiCipher;
import cq.assist.core.rules.Employment;
import cq.assist.core.rules.HardshipCause;
import cq.assist.core.rules.Housing;
import cq.assist.core.rules.ItemCode;
import cq.assist.core.rules.Relation;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Builds the economic check's request from a stored application, after verifying the seal of every
 * authorization record (presence is not enough: review M5): the members as filed (ID numbers
 * decrypted only to ask the sources), who has authorized (a member who need not co-sign is covered by
 * the applicant's signature), the region's urban flag and the items the household already holds.
 */
@Component
class CheckRequests {

    private static final String GRADE_PREFIX = "disabilityGrade=";

    private final Applications applications;
    private final AuthorizationRecords authorizations;
    private final ItemCases cases;
    private final FanOutMapper fanOut;
    private final PiiCipher cipher;

    CheckRequests(
            Applications applications,
            AuthorizationRecords authorizations,
            ItemCases cases,
            FanOutMapper fanOut,
            PiiCipher cipher) {
        this.applications = applications;
        this.authorizations = authorizations;
        this.cases = cases;
        this.fanOut = fanOut;
        this.cipher = cipher;
    }

    /**
     * The request for the check.
     *
     * @throws BrokenSealException when any authorization record of the application fails its seal: no data
     *     source is read, the job fails and staff get an incident
     */
    CheckRequest of(ApplicationRow app, LocalDate checkDate) {
        java.util.OptionalInt broken = authorizations.firstBrokenSeal(app.id());
        if (broken.isPresent()) {
            throw new BrokenSealException(app.id(), broken.getAsInt());
        }
        Set<Integer> signed = authorizations.signedMembers(app.id());
        List<MemberToCheck> members = applications.members(app.id()).stream()
                .map(m -> member(m, !Boolean.TRUE.equals(m.requiresAuthorization()) || signed.contains(m.seq())))
                .toList();
        return new CheckRequest(
                app.id(),
                checkDate,
                app.communityCode(),
                !Boolean.FALSE.equals(fanOut.selectUrban(app.communityCode())),
                new Housing(Boolean.TRUE.equals(app.ownsHome()), app.homeAreaSqm()),
                causes(cipher.decrypt(
                        cq.assist.core.pii.PiiField.APPLICATION_HARDSHIP_CAUSES, app.id(), app.hardshipCausesEnc())),
                false,
                held(app.applicantIdNumberHash()),
                members);
    }

    private MemberToCheck member(MemberRow m, boolean authorized) {
        return new MemberToCheck(
                "m" + m.seq(),
                Masking.name(m.name()),
                cipher.decrypt(cq.assist.core.pii.PiiField.MEMBER_ID_NUMBER, memberKey(m), m.idNumberEnc()),
                Relation.valueOf(m.relation()),
                m.birthDate(),
                m.employment() == null ? Employment.NOT_STATED : Employment.valueOf(m.employment()),
                Boolean.TRUE.equals(m.student()),
                grade(memberKey(m), m.healthEnc()),
                authorized);
    }

    private static String memberKey(MemberRow m) {
        return cq.assist.core.pii.PiiField.rowKey(m.applicationId(), m.seq());
    }

    private Integer grade(String memberKey, byte[] healthEnc) {
        if (healthEnc == null) {
            return null;
        }
        String health = cipher.decrypt(cq.assist.core.pii.PiiField.MEMBER_HEALTH, memberKey, healthEnc);
        return health.startsWith(GRADE_PREFIX) ? Integer.valueOf(health.substring(GRADE_PREFIX.length())) : null;
    }

    private Set<ItemCode> held(String householdKey) {
        Set<ItemCode> held = EnumSet.noneOf(ItemCode.class);
        cases.activeItems(householdKey).forEach(code -> held.add(ItemCode.valueOf(code)));
        return held;
    }

    private static Set<HardshipCause> causes(String list) {
        Set<HardshipCause> causes = EnumSet.noneOf(HardshipCause.class);
        if (list != null && !list.isBlank()) {
            Arrays.stream(list.split(","))
                    .map(String::trim)
                    .filter(s -> !s.isEmpty())
                    .forEach(c -> causes.add(HardshipCause.valueOf(c)));
        }
        return causes;
    }
}
