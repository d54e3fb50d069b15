package cq.assist.mobile.intake;

import cq.assist.core.authorization.SignatureLimits;
import cq.assist.core.identity.IdentityInput;
import cq.assist.core.intake.ApplicationForm;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/**
 * The body of {@code POST /applications} (API.md). Shape only; the domain checks the rules. Names, ID
 * numbers and phones are normalised here, once ({@link IdentityInput}), so pasted forms compare equal.
 */
record ApplicationRequest(
        @NotNull @Valid Applicant applicant,
        @NotNull @Valid Household household,
        @Size(max = 9) List<String> hardshipCauses,
        @Size(max = 2000) String narrative,
        @Size(max = 64) String idCardPhotoFileId,
        @NotNull @Valid Authorization authorization,
        @Size(max = 32) String identityCheck) {

    record Applicant(
            @Size(max = IdentityInput.MAX_NAME) String name,
            @Size(max = 40) String idNumber,
            @Size(max = 32) String phone) {}

    record Household(
            @Size(max = 12) String communityCode,
            @Size(max = 255) String address,
            @Size(max = 20) List<@Valid Member> members,
            @Valid Housing housing) {}

    record Member(
            @Size(max = IdentityInput.MAX_NAME) String name,
            @Size(max = 40) String idNumber,
            @Size(max = 16) String relation,
            @Size(max = 32) String phone,
            Integer disabilityGrade,
            Boolean student,
            @Size(max = 16) String employment) {}

    record Housing(Boolean ownsHome, BigDecimal areaSqm) {}

    record Authorization(
            @Size(max = 16) String letterVersion,
            @Size(max = SignatureLimits.MAX_BASE64) String signature,
            Boolean agreed) {}

    ApplicationForm toForm() {
        return new ApplicationForm(
                new ApplicationForm.Applicant(
                        IdentityInput.name(applicant.name()),
                        IdentityInput.idNumber(applicant.idNumber()),
                        IdentityInput.phone(applicant.phone())),
                new ApplicationForm.Household(
                        household.communityCode(),
                        household.address(),
                        household.members() == null
                                ? List.of()
                                : household.members().stream()
                                        .map(m -> m == null
                                                ? null
                                                : new ApplicationForm.Member(
                                                        IdentityInput.name(m.name()),
                                                        IdentityInput.idNumber(m.idNumber()),
                                                        m.relation(),
                                                        IdentityInput.phone(m.phone()),
                                                        m.disabilityGrade(),
                                                        m.student(),
                                                        m.employment()))
                                        .toList(),
                        household.housing() == null
                                ? null
                                : new ApplicationForm.Housing(
                                        household.housing().ownsHome(),
                                        household.housing().areaSqm())),
                hardshipCauses,
                narrative,
                idCardPhotoFileId,
                new ApplicationForm.SignedAuthorization(
                        authorization.letterVersion(), authorization.signature(), authorization.agreed()),
                identityCheck);
    }
}
