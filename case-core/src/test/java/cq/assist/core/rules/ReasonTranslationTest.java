package cq.assist.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReasonTranslationTest {

    @Test
    void everySentenceTheRulesWriteReadsBackAsItsEnglishTwin() {
        for (ReasonKey key : ReasonKey.values()) {
            if (key == ReasonKey.TEKUN_PERSON) {
                continue; // two arguments side by side: below
            }
            List<String> args = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                args.add("x" + i + ".5");
            }
            Reason reason = new Reason(key, args);
            assertThat(ReasonTranslation.english(reason.zh())).as(key.name()).isEqualTo(reason.en());
        }
    }

    @Test
    void realSentencesWithFiguresAndNames() {
        assertThat(ReasonTranslation.english("家庭人均月收入 300.00 元，低于渝中区 2026 年低保标准 810.00 元"))
                .isEqualTo("per-capita income 300.00 is below the 2026 standard 810.00 of Yuzhong District");
        assertThat(ReasonTranslation.english("未查到黄**的工资收入（数据来源 TAX_AND_WAGES），不能按零计算，需人工核实"))
                .isEqualTo("no wage record for 黄** (source TAX_AND_WAGES): not taken as zero, needs review");
        assertThat(ReasonTranslation.english("户内无持残疾证的成员")).isEqualTo("no member holds a disability certificate");
    }

    @Test
    void aPersonAndTheGroundsSideBySide() {
        String grounds = Reason.of(ReasonKey.TEKUN_OLD, "60", "88").zh();
        String sentence = Reason.of(ReasonKey.TEKUN_PERSON, "卢老太", grounds).zh();
        assertThat(ReasonTranslation.english(sentence))
                .isEqualTo("卢老太 is 88, at least 60, no income and no other earner in the household");
    }

    @Test
    void wordsNoTemplateWroteStayAsTheyAre() {
        assertThat(ReasonTranslation.english("本项目本月资金已用完")).isEqualTo("本项目本月资金已用完");
        assertThat(ReasonTranslation.english("")).isEmpty();
        assertThat(ReasonTranslation.english(null)).isNull();
    }
}
