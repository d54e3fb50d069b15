package cq.assist.core.intake;

import static org.assertj.core.api.Assertions.assertThat;

import cq.assist.core.common.DomainException.FieldError;
import cq.assist.core.intake.ApplicationForms.Person;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class ApplicationFormValidatorTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private final Person applicant = Person.aged("李军", 45, TODAY);
    private final Person spouse = Person.aged("王芳", 43, TODAY);
    private final Person child = Person.aged("李小明", 10, TODAY);

    private ApplicationForm family() {
        return ApplicationForms.withMembers(applicant, "file-1", spouse.member("SPOUSE"), child.member("CHILD"));
    }

    private static List<String> fieldsOf(ApplicationForm form) {
        return fieldsOf(form, true);
    }

    private static List<String> fieldsOf(ApplicationForm form, boolean photoOwned) {
        var context = new ApplicationFormValidator.Context(
                TODAY, ApplicationForms.COMMUNITY::equals, Set.of(ApplicationForms.LETTER), photoOwned);
        return ApplicationFormValidator.validate(form, context).stream()
                .map(FieldError::field)
                .toList();
    }

    private ApplicationForm withMember(int index, UnaryOperator<ApplicationForm.Member> change) {
        ApplicationForm form = family();
        List<ApplicationForm.Member> members = new ArrayList<>(form.household().members());
        members.set(index, change.apply(members.get(index)));
        return withMembers(form, members);
    }

    private static ApplicationForm withMembers(ApplicationForm form, List<ApplicationForm.Member> members) {
        var h = form.household();
        return new ApplicationForm(
                form.applicant(),
                new ApplicationForm.Household(h.communityCode(), h.address(), members, h.housing()),
                form.hardshipCauses(),
                form.narrative(),
                form.idCardPhotoFileId(),
                form.authorization());
    }

    private static ApplicationForm.Member member(
            ApplicationForm.Member m, String idNumber, String relation, String phone, Integer grade, String job) {
        return new ApplicationForm.Member(m.name(), idNumber, relation, phone, grade, m.student(), job);
    }

    @Test
    void acceptsAFamilyWithAnAdultCoSignerAndAMinor() {
        assertThat(fieldsOf(family())).isEmpty();
    }

    @Test
    void rejectsAnApplicantIdNumberWithAWrongCheckDigit() {
        String id = applicant.idNumber();
        char wrong = id.charAt(17) == '1' ? '2' : '1';
        var form = family();
        var bad = new ApplicationForm(
                new ApplicationForm.Applicant(applicant.name(), id.substring(0, 17) + wrong, applicant.phone()),
                form.household(),
                form.hardshipCauses(),
                form.narrative(),
                form.idCardPhotoFileId(),
                form.authorization());
        assertThat(fieldsOf(bad)).contains("applicant.idNumber");
    }

    @Test
    void rejectsAMemberBornInTheFuture() {
        String first17 = "500103" + "20271201" + "001";
        String future = first17 + cq.assist.core.household.IdNumber.checkCharacter(first17);
        var form = withMember(2, m -> member(m, future, "CHILD", null, null, null));
        assertThat(fieldsOf(form)).containsExactly("household.members[2].idNumber");
    }

    @Test
    void requiresExactlyOneSelfMember() {
        assertThat(fieldsOf(withMember(1, m -> member(m, m.idNumber(), "SELF", m.phone(), null, null))))
                .contains("household.members");
        assertThat(fieldsOf(withMember(0, m -> member(m, m.idNumber(), "SPOUSE", m.phone(), null, null))))
                .contains("household.members");
    }

    @Test
    void requiresTheSelfMemberToBeTheApplicant() {
        var renamed = withMember(
                0, m -> new ApplicationForm.Member("李强", m.idNumber(), "SELF", m.phone(), null, false, null));
        assertThat(fieldsOf(renamed)).containsExactly("household.members[0]");
        var otherId = withMember(0, m -> member(m, spouse.idNumber(), "SELF", m.phone(), null, null));
        assertThat(fieldsOf(otherId)).contains("household.members[0]");
    }

    @Test
    void rejectsTheSamePersonListedTwice() {
        var twice = withMember(2, m -> member(m, spouse.idNumber(), "CHILD", spouse.phone(), null, null));
        assertThat(fieldsOf(twice)).containsExactly("household.members[2].idNumber");
    }

    @Test
    void acceptsOnlyKnownCommunities() {
        var form = family();
        var h = form.household();
        var elsewhere = new ApplicationForm(
                form.applicant(),
                new ApplicationForm.Household("500103999999", h.address(), h.members(), h.housing()),
                form.hardshipCauses(),
                form.narrative(),
                form.idCardPhotoFileId(),
                form.authorization());
        assertThat(fieldsOf(elsewhere)).containsExactly("household.communityCode");
    }

    @Test
    void checksPhoneNumbers() {
        assertThat(fieldsOf(withMember(1, m -> member(m, m.idNumber(), "SPOUSE", "12345678901", null, null))))
                .containsExactly("household.members[1].phone");
        assertThat(fieldsOf(withMember(1, m -> member(m, m.idNumber(), "SPOUSE", "19912345678", null, null))))
                .isEmpty();
    }

    @Test
    void aMemberPhoneIsAnOptionalContactNumberSinceCodesGoToThePhoneOnFile() {
        assertThat(fieldsOf(withMember(1, m -> member(m, m.idNumber(), "SPOUSE", null, null, null))))
                .isEmpty();
        assertThat(fieldsOf(withMember(2, m -> member(m, m.idNumber(), "CHILD", null, null, null))))
                .isEmpty();
    }

    @Test
    void checksEnumeratedValues() {
        assertThat(fieldsOf(withMember(1, m -> member(m, m.idNumber(), "COUSIN", m.phone(), null, null))))
                .containsExactly("household.members[1].relation");
        assertThat(fieldsOf(withMember(1, m -> member(m, m.idNumber(), "SPOUSE", m.phone(), null, "BOSS"))))
                .containsExactly("household.members[1].employment");
        var form = family();
        var causes = new ApplicationForm(
                form.applicant(),
                form.household(),
                List.of("ILLNESS", "BAD_LUCK"),
                form.narrative(),
                form.idCardPhotoFileId(),
                form.authorization());
        assertThat(fieldsOf(causes)).containsExactly("hardshipCauses[1]");
    }

    @Test
    void acceptsDisabilityGradesOneToFourOnly() {
        for (int grade : new int[] {1, 4}) {
            assertThat(fieldsOf(withMember(0, m -> member(m, m.idNumber(), "SELF", m.phone(), grade, null))))
                    .isEmpty();
        }
        for (int grade : new int[] {0, 5}) {
            assertThat(fieldsOf(withMember(0, m -> member(m, m.idNumber(), "SELF", m.phone(), grade, null))))
                    .containsExactly("household.members[0].disabilityGrade");
        }
    }

    @Test
    void rejectsANegativeFloorAreaOrOneBeyondAHundredThousandSquareMetres() {
        assertThat(fieldsOf(withArea(BigDecimal.ZERO))).isEmpty();
        assertThat(fieldsOf(withArea(new BigDecimal("100000")))).isEmpty();
        assertThat(fieldsOf(withArea(new BigDecimal("-1")))).containsExactly("household.housing.areaSqm");
        assertThat(fieldsOf(withArea(new BigDecimal("100000.01")))).containsExactly("household.housing.areaSqm");
        assertThat(fieldsOf(withArea(new BigDecimal("1e9")))).containsExactly("household.housing.areaSqm");
    }

    private ApplicationForm withArea(BigDecimal area) {
        var form = family();
        var h = form.household();
        return new ApplicationForm(
                form.applicant(),
                new ApplicationForm.Household(
                        h.communityCode(), h.address(), h.members(), new ApplicationForm.Housing(true, area)),
                form.hardshipCauses(),
                form.narrative(),
                form.idCardPhotoFileId(),
                form.authorization());
    }

    @Test
    void requiresAnAgreedPngSignatureOnAKnownLetter() {
        var notPng = Base64.getEncoder().encodeToString("GIF89a-not-a-png".getBytes());
        assertThat(fieldsOf(withAuthorization(new ApplicationForm.SignedAuthorization("2025-07", notPng, false))))
                .containsExactlyInAnyOrder(
                        "authorization.agreed", "authorization.signature", "authorization.letterVersion");
        assertThat(fieldsOf(withAuthorization(
                        new ApplicationForm.SignedAuthorization(ApplicationForms.LETTER, "%%%not base64", true))))
                .containsExactly("authorization.signature");
    }

    private ApplicationForm withAuthorization(ApplicationForm.SignedAuthorization authorization) {
        var form = family();
        return new ApplicationForm(
                form.applicant(),
                form.household(),
                form.hardshipCauses(),
                form.narrative(),
                form.idCardPhotoFileId(),
                authorization);
    }

    @Test
    void requiresAnIdCardPhotoOwnedByTheCaller() {
        assertThat(fieldsOf(family(), false)).containsExactly("idCardPhotoFileId");
    }

    @Test
    void reportsEveryFailingFieldTogether() {
        var form = new ApplicationForm(
                new ApplicationForm.Applicant("", "123", "999"),
                new ApplicationForm.Household(
                        "000000000000",
                        " ",
                        List.of(new ApplicationForm.Member("李军", "123", "SELF", null, 9, null, null)),
                        new ApplicationForm.Housing(null, new BigDecimal("-3"))),
                List.of(),
                null,
                null,
                null);
        assertThat(fieldsOf(form, false))
                .contains(
                        "applicant.name",
                        "applicant.idNumber",
                        "applicant.phone",
                        "household.communityCode",
                        "household.address",
                        "household.housing.ownsHome",
                        "household.housing.areaSqm",
                        "household.members[0].idNumber",
                        "household.members[0].disabilityGrade",
                        "household.members[0]",
                        "hardshipCauses",
                        "idCardPhotoFileId",
                        "authorization");
    }
}
