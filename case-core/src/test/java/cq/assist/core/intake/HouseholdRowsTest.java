package cq.assist.core.intake;

import static org.assertj.core.api.Assertions.assertThat;

import cq.assist.core.fixtures.CaseFixtures;
import cq.assist.core.household.IdNumber;
import cq.assist.core.pii.PiiCipher;
import cq.assist.core.pii.PiiField;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The filed members as rows: ID number, phone and health encrypted per member, birth date from the ID number,
 * and who must co-sign (every adult but the applicant; a minor child is signed for by the applicant).
 */
class HouseholdRowsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    private final PiiCipher cipher = CaseFixtures.cipher();
    private final HouseholdRows rows = new HouseholdRows(cipher);

    @Test
    void encryptsPerMemberAndNamesWhoMustCoSign() {
        ApplicationForms.Person me = ApplicationForms.Person.aged("张三", 45, TODAY);
        ApplicationForms.Person spouse = ApplicationForms.Person.aged("王芳", 44, TODAY);
        ApplicationForms.Person child = ApplicationForms.Person.aged("张小明", 10, TODAY);
        ApplicationForms.Person father = ApplicationForms.Person.aged("张大山", 75, TODAY);
        ApplicationForm.Member disabled =
                new ApplicationForm.Member(" 王芳 ", spouse.idNumber(), "SPOUSE", spouse.phone(), 2, false, "UNEMPLOYED");

        List<MemberRow> members = rows.of(
                "app-1", List.of(me.member("SELF"), disabled, child.member("CHILD"), father.member("PARENT")), TODAY);

        assertThat(members).extracting(MemberRow::seq).containsExactly(0, 1, 2, 3);
        assertThat(members).extracting(MemberRow::requiresAuthorization).containsExactly(false, true, false, true);
        MemberRow wife = members.get(1);
        String id = IdNumber.normalize(spouse.idNumber());
        assertThat(wife.name()).isEqualTo("王芳");
        assertThat(wife.idNumberHash()).isEqualTo(cipher.blindIndex(id));
        assertThat(wife.birthDate()).isEqualTo(IdNumber.birthDate(id).orElseThrow());
        assertThat(cipher.decrypt(PiiField.MEMBER_ID_NUMBER, PiiField.rowKey("app-1", 1), wife.idNumberEnc()))
                .isEqualTo(id);
        assertThat(cipher.decrypt(PiiField.MEMBER_HEALTH, PiiField.rowKey("app-1", 1), wife.healthEnc()))
                .isEqualTo("disabilityGrade=2");
        assertThat(members.get(0).healthEnc()).isNull();
    }
}
