package cq.assist.core.intake;

import cq.assist.core.authorization.SignaturePng;
import cq.assist.core.common.DomainException.FieldError;
import cq.assist.core.household.IdNumber;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The domain rules of a filed application. Reports every failing field at once, each by its JSON path
 * ({@code household.members[1].idNumber}); an empty list means the form is acceptable.
 */
public final class ApplicationFormValidator {

    /** Mainland mobile numbers. */
    public static final Pattern PHONE = Pattern.compile("^1[3-9]\\d{9}$");

    private final Context context;
    private final List<FieldError> errors = new ArrayList<>();

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
    }

    /** Every failing field of the form; empty when it is valid. */
    public static List<FieldError> validate(ApplicationForm form, Context context) {
        ApplicationFormValidator validator = new ApplicationFormValidator(context);
        validator.check(form);
        return List.copyOf(validator.errors);
    }

    private void check(ApplicationForm form) {
        checkApplicant(form.applicant());
        checkHousehold(form.household(), form.applicant());
        checkCauses(form.hardshipCauses());
        if (isBlank(form.idCardPhotoFileId())) {
            fail("idCardPhotoFileId", "intake.required");
        } else if (!context.photoOwned()) {
            fail("idCardPhotoFileId", "intake.photo.unknown");
        }
        checkAuthorization(form.authorization());
    }

    private void checkApplicant(ApplicationForm.Applicant applicant) {
        if (applicant == null) {
            fail("applicant", "intake.required");
            return;
        }
        required("applicant.name", applicant.name());
        idNumber("applicant.idNumber", applicant.idNumber());
        if (isBlank(applicant.phone())) {
            fail("applicant.phone", "intake.required");
        } else {
            phone("applicant.phone", applicant.phone());
        }
    }

    private void checkHousehold(ApplicationForm.Household household, ApplicationForm.Applicant applicant) {
        if (household == null) {
            fail("household", "intake.required");
            return;
        }
        if (isBlank(household.communityCode()) || !context.knownCommunity().test(household.communityCode())) {
            fail("household.communityCode", "intake.community.unknown");
        }
        required("household.address", household.address());
        checkHousing(household.housing());
        List<ApplicationForm.Member> members = household.members() == null ? List.of() : household.members();
        if (members.isEmpty()) {
            fail("household.members", "intake.required");
            return;
        }
        for (int i = 0; i < members.size(); i++) {
            checkMember("household.members[" + i + "]", members.get(i));
        }
        checkSelf(members, applicant);
        checkDuplicates(members);
    }

    private void checkHousing(ApplicationForm.Housing housing) {
        if (housing == null) {
            fail("household.housing", "intake.required");
            return;
        }
        if (housing.ownsHome() == null) {
            fail("household.housing.ownsHome", "intake.required");
        }
        if (housing.areaSqm() == null || housing.areaSqm().signum() < 0) {
            fail("household.housing.areaSqm", "intake.area.invalid");
        }
    }

    private void checkMember(String path, ApplicationForm.Member member) {
        if (member == null) {
            fail(path, "intake.required");
            return;
        }
        required(path + ".name", member.name());
        boolean validId = idNumber(path + ".idNumber", member.idNumber());
        Relation relation = enumValue(path + ".relation", Relation.class, member.relation(), true);
        enumValue(path + ".employment", Employment.class, member.employment(), false);
        if (member.disabilityGrade() != null && (member.disabilityGrade() < 1 || member.disabilityGrade() > 4)) {
            fail(path + ".disabilityGrade", "intake.disabilityGrade.invalid");
        }
        boolean mustCoSign = validId
                && relation != null
                && relation != Relation.SELF
                && IdNumber.ageOn(member.idNumber(), context.today()) >= 18;
        if (isBlank(member.phone())) {
            if (mustCoSign) {
                fail(path + ".phone", "intake.phone.requiredForCoSigner");
            }
        } else {
            phone(path + ".phone", member.phone());
        }
    }

    private void checkSelf(List<ApplicationForm.Member> members, ApplicationForm.Applicant applicant) {
        List<Integer> selves = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            if (members.get(i) != null && "SELF".equals(members.get(i).relation())) {
                selves.add(i);
            }
        }
        if (selves.size() != 1) {
            fail("household.members", "intake.members.oneSelf");
            return;
        }
        ApplicationForm.Member self = members.get(selves.get(0));
        boolean same = applicant != null
                && Objects.equals(IdNumber.normalize(self.idNumber()), IdNumber.normalize(applicant.idNumber()))
                && Objects.equals(trim(self.name()), trim(applicant.name()));
        if (!same) {
            fail("household.members[" + selves.get(0) + "]", "intake.members.selfIsApplicant");
        }
    }

    private void checkDuplicates(List<ApplicationForm.Member> members) {
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < members.size(); i++) {
            ApplicationForm.Member member = members.get(i);
            String id = member == null ? null : IdNumber.normalize(member.idNumber());
            if (id != null && !id.isEmpty() && seen.putIfAbsent(id, i) != null) {
                fail("household.members[" + i + "].idNumber", "intake.members.duplicate");
            }
        }
    }

    private void checkCauses(List<String> causes) {
        if (causes == null || causes.isEmpty()) {
            fail("hardshipCauses", "intake.required");
            return;
        }
        for (int i = 0; i < causes.size(); i++) {
            enumValue("hardshipCauses[" + i + "]", HardshipCause.class, causes.get(i), true);
        }
    }

    private void checkAuthorization(ApplicationForm.SignedAuthorization authorization) {
        if (authorization == null) {
            fail("authorization", "intake.required");
            return;
        }
        if (!Boolean.TRUE.equals(authorization.agreed())) {
            fail("authorization.agreed", "intake.authorization.notAgreed");
        }
        if (!SignaturePng.isPng(authorization.signature())) {
            fail("authorization.signature", "intake.authorization.signature");
        }
        if (authorization.letterVersion() == null
                || !context.letterVersions().contains(authorization.letterVersion())) {
            fail("authorization.letterVersion", "intake.authorization.letterVersion");
        }
    }

    private boolean idNumber(String path, String value) {
        if (isBlank(value)) {
            fail(path, "intake.required");
            return false;
        }
        if (!IdNumber.isValid(value, context.today())) {
            fail(path, "intake.idNumber.invalid");
            return false;
        }
        return true;
    }

    private void phone(String path, String value) {
        if (!PHONE.matcher(value).matches()) {
            fail(path, "intake.phone.invalid");
        }
    }

    private <E extends Enum<E>> E enumValue(String path, Class<E> type, String value, boolean required) {
        if (isBlank(value)) {
            if (required) {
                fail(path, "intake.required");
            }
            return null;
        }
        return Arrays.stream(type.getEnumConstants())
                .filter(e -> e.name().equals(value))
                .findFirst()
                .orElseGet(() -> {
                    fail(path, "intake.enum.invalid");
                    return null;
                });
    }

    private void required(String path, String value) {
        if (isBlank(value)) {
            fail(path, "intake.required");
        }
    }

    private void fail(String path, String key) {
        errors.add(new FieldError(path, key));
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static String trim(String value) {
        return value == null ? null : value.trim();
    }
}
