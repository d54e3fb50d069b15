package cq.assist.core.intake;

import java.time.LocalDate;

/** One {@code household_member} row as stored (personal data still encrypted). */
public record MemberRow(
        String applicationId,
        Integer seq,
        String name,
        byte[] idNumberEnc,
        String idNumberHash,
        String relation,
        byte[] phoneEnc,
        String phoneHash,
        LocalDate birthDate,
        byte[] healthEnc,
        Boolean student,
        String employment,
        Boolean requiresAuthorization) {

    /**
     * Whether the member is under 18 on {@code today} (business date): a guardian signs for a minor (policy facts,
     * "a guardian signs for minors"). A member without a birth date counts as an adult.
     */
    public boolean minorOn(LocalDate today) {
        return birthDate != null && birthDate.plusYears(18).isAfter(today);
    }
}
