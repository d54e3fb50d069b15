package cq.assist.core.intake;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a resident (or a worker on a resident's behalf) files: the command of the intake use case.
 * Enumerated values arrive as strings so that the domain validation can name a wrong one by its field.
 */
public record ApplicationForm(
        Applicant applicant,
        Household household,
        List<String> hardshipCauses,
        String narrative,
        String idCardPhotoFileId,
        SignedAuthorization authorization) {

    /** The person applying; must also be the household's SELF member. */
    public record Applicant(String name, String idNumber, String phone) {}

    /** The household as filed. */
    public record Household(String communityCode, String address, List<Member> members, Housing housing) {}

    /** One household member; {@code phone} is required for adults other than the applicant. */
    public record Member(
            String name,
            String idNumber,
            String relation,
            String phone,
            Integer disabilityGrade,
            Boolean student,
            String employment) {}

    /** Housing facts. */
    public record Housing(Boolean ownsHome, BigDecimal areaSqm) {}

    /** The applicant's own signature on a version of the authorization letter. */
    public record SignedAuthorization(String letterVersion, String signature, Boolean agreed) {}
}
