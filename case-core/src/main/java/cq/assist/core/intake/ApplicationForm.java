package cq.assist.core.intake;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a resident (or a worker on a resident's behalf) files: the command of the intake use case.
 * Enumerated values arrive as strings so that the domain validation can name a wrong one by its field.
 * Identity fields arrive already normalised ({@code IdentityInput}). Optional fields and what their
 * absence means downstream: {@code narrative} none; member {@code phone} no contact number (it is a
 * contact number only, never used to sign); {@code disabilityGrade} no disability stated (the registry
 * still answers); {@code student} false; {@code employment} not stated (the rules treat the member as
 * able to work unless age or a registry fact says otherwise); {@code identityCheck} for a worker's
 * filing ID_CARD_IN_PERSON, ignored for a resident's own.
 */
public record ApplicationForm(
        Applicant applicant,
        Household household,
        List<String> hardshipCauses,
        String narrative,
        String idCardPhotoFileId,
        SignedAuthorization authorization,
        String identityCheck) {

    /** A form without {@code identityCheck} (a resident's own filing; a worker's defaults to ID_CARD_IN_PERSON). */
    public ApplicationForm(
            Applicant applicant,
            Household household,
            List<String> hardshipCauses,
            String narrative,
            String idCardPhotoFileId,
            SignedAuthorization authorization) {
        this(applicant, household, hardshipCauses, narrative, idCardPhotoFileId, authorization, null);
    }

    /** The person applying; must also be the household's SELF member. */
    public record Applicant(String name, String idNumber, String phone) {}

    /** The household as filed. */
    public record Household(String communityCode, String address, List<Member> members, Housing housing) {}

    /** One household member; {@code phone} is a contact number only (co-signing codes go to the phone on file). */
    public record Member(
            String name,
            String idNumber,
            String relation,
            String phone,
            Integer disabilityGrade,
            Boolean student,
            String employment) {}

    /** Housing facts. */
    public record Housing(Boolean ownsHome, BigDecimal areaSqm) {

        /**
         * Largest floor area accepted, in square metres (a household's home, far above any real one; the
         * column {@code application.home_area_sqm} is {@code DECIMAL(10,2)}), so a larger one is a 400
         * naming the field, never a database error.
         */
        public static final BigDecimal MAX_AREA_SQM = new BigDecimal("100000");
    }

    /** The applicant's own signature on a version of the authorization letter. */
    public record SignedAuthorization(String letterVersion, String signature, Boolean agreed) {}
}
