package cq.assist.core.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import cq.assist.core.common.CoreTexts;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Stored Chinese texts read back in English: names, messages, alerts, insurer answers; people's words stay. */
class StoredTextsTest {

    private static final Pattern CJK = Pattern.compile("[\\u3000-\\u303f\\u4e00-\\u9fff\\uff00-\\uffef]");

    @Test
    void namesOfReferenceDataBecomeEnglish() {
        assertThat(StoredTexts.english("渝中区民政局")).isEqualTo("Yuzhong District Civil Affairs Bureau");
        assertThat(StoredTexts.english("七星岗街道社会事务办公室")).isEqualTo("Qixinggang Subdistrict Social Affairs Office");
        assertThat(StoredTexts.english("大足应急救助基金会")).isEqualTo("Dazu Emergency Relief Foundation");
        assertThat(StoredTexts.english("大病救助项目")).isEqualTo("Serious Illness Relief");
        assertThat(StoredTexts.english("金汤街社区")).isEqualTo("Jintangjie Community");
        assertThat(StoredTexts.english("最低生活保障")).isEqualTo("minimum living allowance (dibao)");
        assertThat(StoredTexts.english(CoreTexts.zh("insurance.demoInsurer")))
                .isEqualTo(CoreTexts.en("insurance.demoInsurer"));
    }

    @Test
    void aMessageIsTheEnglishTemplateWithItsArgumentsReadBack() {
        String zh = CoreTexts.zh("message.charity.submitted.text", "大足应急救助基金会", "大病救助项目");
        assertThat(StoredTexts.english(zh))
                .isEqualTo(CoreTexts.en(
                        "message.charity.submitted.text",
                        "Dazu Emergency Relief Foundation",
                        "Serious Illness Relief"));
        assertThat(StoredTexts.english(CoreTexts.zh("message.withdrawn.title")))
                .isEqualTo(CoreTexts.en("message.withdrawn.title"));
    }

    @Test
    void anAlertWithASentenceAsItsArgumentReadsBackWhole() {
        String amount = CoreTexts.zh("monitoring.alert.estimatedAmount", "810.00");
        String zh = CoreTexts.zh("monitoring.alert.newlyEligible", "最低生活保障", amount);
        String en = StoredTexts.english(zh);
        assertThat(en)
                .isEqualTo(CoreTexts.en(
                        "monitoring.alert.newlyEligible",
                        "minimum living allowance (dibao)",
                        CoreTexts.en("monitoring.alert.estimatedAmount", "810.00")));
        assertThat(CJK.matcher(en).find()).as(en).isFalse();
    }

    @Test
    void aCharityMatchNamesTheSharedCausesInEnglish() {
        assertThat(StoredTexts.english("项目帮扶方向（因病、因残）与本户致困原因相符"))
                .isEqualTo("the project helps with illness, disability, a cause of this household");
        assertThat(StoredTexts.english("项目帮扶方向（因病）与本户致困原因相符"))
                .isEqualTo("the project helps with illness, a cause of this household");
    }

    @Test
    void anInsurersAnswerReadsBack() {
        String zh = CoreTexts.zh("insurance.demo.belowDeductible", "15000");
        assertThat(StoredTexts.english(zh)).isEqualTo(CoreTexts.en("insurance.demo.belowDeductible", "15000"));
    }

    @Test
    void whatAPersonTypedStaysAsWritten() {
        assertThat(StoredTexts.english("家里情况好转了，不需要了")).isEqualTo("家里情况好转了，不需要了");
        String zh = CoreTexts.zh("message.withdrawn.text", "CQ202611300001", "家里情况好转了");
        assertThat(StoredTexts.english(zh))
                .isEqualTo(CoreTexts.en("message.withdrawn.text", "CQ202611300001", "家里情况好转了"));
        assertThat(StoredTexts.english((String) null)).isNull();
        assertThat(StoredTexts.english("")).isEmpty();
    }

    /**
     * Every sentence of messages/core with ASCII arguments reads back as its English twin, except where two
     * templates write the same Chinese (then either English is right).
     */
    @Test
    void everyCoreTemplateReadsBack() {
        ResourceBundle zh = ResourceBundle.getBundle("messages/core", Locale.ROOT);
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (String key : zh.keySet()) {
            String pattern = zh.getString(key);
            if (!pattern.contains("{")) {
                continue;
            }
            int arity = new MessageFormat(pattern).getFormatsByArgumentIndex().length;
            Object[] args = new Object[arity];
            for (int n = 0; n < arity; n++) {
                args[n] = "A" + n + "x";
            }
            String chinese = CoreTexts.zh(key, args);
            String fixed = chinese;
            for (Object a : args) {
                fixed = fixed.replace((String) a, "");
            }
            if (fixed.length() < 4) {
                continue;
            }
            checked++;
            String english = StoredTexts.english(chinese);
            if (!english.equals(CoreTexts.en(key, args)) && CJK.matcher(english).find()) {
                wrong.add(key + " -> " + english);
            }
        }
        assertThat(checked).as("templates checked").isGreaterThan(50);
        assertThat(wrong).as("templates not read back").isEmpty();
    }
}
