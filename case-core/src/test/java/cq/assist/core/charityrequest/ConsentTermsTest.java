package cq.assist.core.charityrequest;

import static org.assertj.core.api.Assertions.assertThat;

import cq.assist.core.charity.ProjectFundRow;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/**
 * The consent a resident signs before a charity sees their data: exactly the fields it names, and the
 * very text (its hash is stored with the consent, so a change of wording is a new consent text).
 */
class ConsentTermsTest {

    private static ProjectFundRow project(String causes, BigDecimal minMedical) {
        return new ProjectFundRow(
                "P1",
                "助医行动",
                "ORG1",
                "重庆慈善总会",
                "",
                causes,
                minMedical,
                BigDecimal.TEN,
                BigDecimal.TEN,
                BigDecimal.ONE,
                true,
                0);
    }

    @Test
    void namesTheRecipientThePurposeAndExactlyTheFieldsShared() throws Exception {
        ConsentTerms terms = ConsentTerms.of(project("ILLNESS", null));

        assertThat(terms.organisation()).isEqualTo("重庆慈善总会");
        assertThat(terms.fields())
                .containsExactly(
                        SharedField.NAME,
                        SharedField.PHONE,
                        SharedField.COMMUNITY,
                        SharedField.HARDSHIP_CAUSES,
                        SharedField.HOUSEHOLD_SIZE,
                        SharedField.MEDICAL_EXPENSES,
                        SharedField.ASSISTANCE_RECEIVED);
        assertThat(terms.purpose()).isEqualTo("供重庆慈善总会审核您向“助医行动”提出的慈善救助申请、与您联系并发放救助款，不作其他用途");
        assertThat(terms.text())
                .isEqualTo("本人单独同意：将本人及家庭的以下信息提供给重庆慈善总会（项目：助医行动）。目的："
                        + "供重庆慈善总会审核您向“助医行动”提出的慈善救助申请、与您联系并发放救助款，不作其他用途。"
                        + "提供的信息仅限：申请人姓名、联系电话、所在社区、致困原因、家庭人口数、近12个月自付医疗费用、已获得的救助及金额。"
                        + "其中医疗费用属于敏感个人信息，仅在上列包含时提供。"
                        + "本人可随时撤回本同意，撤回后该机构立即无法再查看上述信息；撤回不影响撤回前已进行的处理。");
        assertThat(terms.textSha256())
                .isEqualTo(HexFormat.of()
                        .formatHex(MessageDigest.getInstance("SHA-256")
                                .digest(terms.text().getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void aProjectWithoutAMedicalConditionNeverSeesMedicalExpenses() {
        ConsentTerms terms = ConsentTerms.of(project("EDUCATION", null));

        assertThat(terms.fields()).doesNotContain(SharedField.MEDICAL_EXPENSES).hasSize(6);
        assertThat(terms.text()).doesNotContain("近12个月自付医疗费用、");
        assertThat(terms.fieldCodes())
                .isEqualTo("NAME,PHONE,COMMUNITY,HARDSHIP_CAUSES,HOUSEHOLD_SIZE,ASSISTANCE_RECEIVED");
    }

    @Test
    void aMedicalExpenseConditionAddsTheMedicalFigure() {
        assertThat(ConsentTerms.of(project("EDUCATION", new BigDecimal("5000"))).fields())
                .contains(SharedField.MEDICAL_EXPENSES);
    }

    @Test
    void fieldLabelsReadChineseWithEnglishBeside() {
        assertThat(SharedField.NAME.zh()).isEqualTo("申请人姓名");
        assertThat(SharedField.NAME.en()).isEqualTo("applicant's name");
    }
}
