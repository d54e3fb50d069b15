package cq.assist.core.charityrequest;

import static org.assertj.core.api.Assertions.assertThat;

import cq.assist.core.charity.ProjectFundRow;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.EnumSet;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/**
 * The separate consent a resident gives before a charity sees its data (PIPL arts. 23 and 29): it names the
 * recipient charity and its project, the purpose and the way the data is used, lists exactly the fields shared
 * (and no field that is not), calls out the sensitive medical figure only when it is shared, says withdrawal
 * hides the data at once, and is fingerprinted by the SHA-256 of its exact text.
 */
class ConsentTermsTest {

    private static final String ORG = "大足应急救助基金会";

    @Test
    void namesTheCharityItsProjectThePurposeAndExactlyTheFieldsShared() {
        ProjectFundRow project = project("邻里互助金", "UNEMPLOYMENT,OLD_AGE", null);

        ConsentTerms terms = ConsentTerms.of(project);

        assertThat(terms.organisation()).isEqualTo(ORG);
        assertThat(terms.purpose()).contains(ORG).contains("邻里互助金").contains("不作其他用途");
        assertThat(terms.fields())
                .containsExactly(
                        SharedField.NAME,
                        SharedField.PHONE,
                        SharedField.COMMUNITY,
                        SharedField.HARDSHIP_CAUSES,
                        SharedField.HOUSEHOLD_SIZE,
                        SharedField.ASSISTANCE_RECEIVED);
        assertThat(terms.text())
                .contains("提供给" + ORG)
                .contains("“邻里互助金”")
                .contains("目的：" + terms.purpose())
                .contains("仅限以下6项");
        for (SharedField shared : terms.fields()) {
            assertThat(terms.text()).as("names %s", shared).contains(shared.zh());
        }
        for (SharedField notShared : EnumSet.complementOf(EnumSet.copyOf(terms.fields()))) {
            assertThat(terms.text()).as("does not name %s", notShared).doesNotContain(notShared.zh());
        }
        assertThat(terms.text()).doesNotContain("医疗").doesNotContain("敏感个人信息");
        assertThat(terms.text()).contains("身份证号").contains("均不提供");
        assertThat(terms.text()).contains("随时撤回").contains("立即无法再查看");
    }

    @Test
    void anIllnessProjectAlsoSharesTheMedicalFigureAndSaysItIsSensitive() {
        ConsentTerms illness = ConsentTerms.of(project("大病救助", "ILLNESS", null));
        ConsentTerms medicalCondition = ConsentTerms.of(project("医疗费用补助", "OTHER", new BigDecimal("10000")));

        for (ConsentTerms terms : new ConsentTerms[] {illness, medicalCondition}) {
            assertThat(terms.fields()).contains(SharedField.MEDICAL_EXPENSES);
            assertThat(terms.text())
                    .contains("仅限以下7项")
                    .contains(SharedField.MEDICAL_EXPENSES.zh())
                    .contains("敏感个人信息");
        }
    }

    @Test
    void theFingerprintIsTheSha256OfTheExactTextAndTheFieldCodesRoundTrip() throws Exception {
        ConsentTerms terms = ConsentTerms.of(project("大病救助", "ILLNESS", null));

        String expected = HexFormat.of()
                .formatHex(
                        MessageDigest.getInstance("SHA-256").digest(terms.text().getBytes(StandardCharsets.UTF_8)));
        assertThat(terms.textSha256()).isEqualTo(expected);
        assertThat(ConsentTerms.parse(terms.fieldCodes())).isEqualTo(terms.fields());
        assertThat(ConsentTerms.of(project("大病救助", "ILLNESS", null))).isEqualTo(terms);
        assertThat(ConsentTerms.of(project("另一项目", "ILLNESS", null)).textSha256())
                .isNotEqualTo(terms.textSha256());
    }

    @Test
    void fieldLabelsReadChineseWithEnglishBeside() {
        assertThat(SharedField.NAME.zh()).isEqualTo("申请人姓名");
        assertThat(SharedField.NAME.en()).isEqualTo("applicant's name");
    }

    private static ProjectFundRow project(String name, String causes, BigDecimal minMedical) {
        return new ProjectFundRow(
                "p-" + name,
                name,
                "DAZU",
                ORG,
                "说明",
                causes,
                minMedical,
                new BigDecimal("100000"),
                new BigDecimal("80000"),
                new BigDecimal("5000"),
                true,
                0);
    }
}
