package cq.assist.mobile.intake;

import cq.assist.core.intake.ApplicationForm;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/** The body of {@code POST /applications} (API.md). Shape only; the domain checks the rules. */
record ApplicationRequest(
        @NotNull @Valid Applicant applicant,
        @NotNull @Valid Household household,
        @Size(max = 9) List<String> hardshipCauses,
        @Size(max = 2000) String narrative,
        @Size(max = 64) String idCardPhotoFileId,
        @NotNull @Valid Authorization authorization) {

    record Applicant(@Size(max = 64) String name, @Size(max = 18) String idNumber, @Size(max = 11) String phone) {}

    record Household(
            @Size(max = 12) String communityCode,
            @Size(max = 255) String address,
            @Size(max = 20) List<@Valid Member> members,
            @Valid Housing housing) {}

    record Member(
            @Size(max = 64) String name,
            @Size(max = 18) String idNumber,
            @Size(max = 16) String relation,
            @Size(max = 11) String phone,
            Integer disabilityGrade,
            Boolean student,
            @Size(max = 16) String employment) {}

    record Housing(Boolean ownsHome, BigDecimal areaSqm) {}

    record Authorization(
            @Size(max = 16) String letterVersion, @Size(max = 1_000_000) String signature, Boolean agreed) {}

    ApplicationForm toForm() {
        return new ApplicationForm(
                new ApplicationForm.Applicant(applicant.name(), applicant.idNumber(), applicant.phone()),
                new ApplicationForm.Household(
                        household.communityCode(),
                        household.address(),
                        household.members() == null
                                ? List.of()
                                : household.members().stream()
                                        .map(m -> m == null
                                                ? null
                                                : new ApplicationForm.Member(
                                                        m.name(),
                                                        m.idNumber(),
                                                        m.relation(),
                                                        m.phone(),
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
                        authorization.letterVersion(), authorization.signature(), authorization.agreed()));
    }
}
