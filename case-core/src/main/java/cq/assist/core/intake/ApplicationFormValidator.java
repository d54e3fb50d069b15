package cq.assist.core.intake;

import cq.assist.core.common.DomainException.FieldError;
import cq.assist.core.files.SignaturePng;
import cq.assist.core.rules.HardshipCause;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The domain rules of a filed application. Reports every failing field at once, each by its JSON path
 * ({@code household.members[1].idNumber}); an empty list means the form is acceptable.
 */
public final class ApplicationFormValidator {

    private final Context context;
    private final FieldChecks checks;

    /**
     * What the rules need from outside the form.
     *
     * @param today the business date (ages, birth dates)
     * @param knownCommunity true for a region code of level COMMUNITY
     * @param letterVersions the authorization letter versions that exist
     * @param photoOwned whether the ID-card photo file exists and belongs to the caller
     */
    public record Context(
            LocalDate today, Predicate<String> knownCommunity, Set<String> letterVersions, boolean photoOwned) {}

    private ApplicationFormValidator(Context context) {
        this.context = context;
        this.checks = new FieldChecks(context.today());
    }

    /** Every failing field of the form; empty when it is valid. */
    public static List<FieldError> validate(ApplicationForm form, Context context) {
        ApplicationFormValidator validator = new ApplicationFormValidator(context);
        validator.check(form);
        return validator.checks.errors();
    }

    private void check(ApplicationForm form) {
        checkApplicant(form.applicant());
        checkHousehold(form.household(), form.applicant());
        checkCauses(form.hardshipCauses());
        if (FieldChecks.isBlank(form.idCardPhotoFileId())) {
            checks.fail("idCardPhotoFileId", "intake.required");
        } else if (!context.photoOwned()) {
            checks.fail("idCardPhotoFileId", "intake.photo.unknown");
        }
        checkAuthorization(form.authorization());
        checks.enumValue("identityCheck", IdentityCheck.class, form.identityCheck(), false);
    }

    private void checkApplicant(ApplicationForm.Applicant applicant) {
        if (applicant == null) {
            checks.fail("applicant", "intake.required");
            return;
        }
        checks.required("applicant.name", applicant.name());
        checks.idNumber("applicant.idNumber", applicant.idNumber());
        if (FieldChecks.isBlank(applicant.phone())) {
            checks.fail("applicant.phone", "intake.required");
        } else {
            checks.phone("applicant.phone", applicant.phone());
        }
    }

    private void checkHousehold(ApplicationForm.Household household, ApplicationForm.Applicant applicant) {
        if (household == null) {
            checks.fail("household", "intake.required");
            return;
        }
        if (FieldChecks.isBlank(household.communityCode())
                || !context.knownCommunity().test(household.communityCode())) {
            checks.fail("household.communityCode", "intake.community.unknown");
        }
        checks.required("household.address", household.address());
        checkHousing(household.housing());
        new MemberRules(checks).check(household.members() == null ? List.of() : household.members(), applicant);
    }

    private void checkHousing(ApplicationForm.Housing housing) {
        if (housing == null) {
            checks.fail("household.housing", "intake.required");
            return;
        }
        if (housing.ownsHome() == null) {
            checks.fail("household.housing.ownsHome", "intake.required");
        }
        if (housing.areaSqm() == null
                || housing.areaSqm().signum() < 0
                || housing.areaSqm().compareTo(ApplicationForm.Housing.MAX_AREA_SQM) > 0) {
            checks.fail("household.housing.areaSqm", "intake.area.invalid");
        }
    }

    private void checkCauses(List<String> causes) {
        if (causes == null || causes.isEmpty()) {
            checks.fail("hardshipCauses", "intake.required");
            return;
        }
        for (int i = 0; i < causes.size(); i++) {
            checks.enumValue("hardshipCauses[" + i + "]", HardshipCause.class, causes.get(i), true);
        }
    }

    private void checkAuthorization(ApplicationForm.SignedAuthorization authorization) {
        if (authorization == null) {
            checks.fail("authorization", "intake.required");
            return;
        }
        if (!Boolean.TRUE.equals(authorization.agreed())) {
            checks.fail("authorization.agreed", "intake.authorization.notAgreed");
        }
        if (!SignaturePng.isPng(authorization.signature())) {
            checks.fail("authorization.signature", "intake.authorization.signature");
        }
        if (authorization.letterVersion() == null
                || !context.letterVersions().contains(authorization.letterVersion())) {
            checks.fail("authorization.letterVersion", "intake.authorization.letterVersion");
        }
    }
}
