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
        Boolean requiresAuthorization) {}
