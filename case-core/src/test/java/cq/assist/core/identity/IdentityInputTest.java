package cq.assist.core.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdentityInputTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "13900000001",
                "+86 139 0000 0001",
                "+86-139-0000-0001",
                "139-0000-0001",
                "0086 13900000001",
                "8613900000001",
                "１３９０００００００１",
                "\u200e13900000001",
                "139\u200b0000\u20600001\ufeff",
                " 139 0000 0001 ",
                "(+86)139.0000.0001"
            })
    void phonesPastedFromWeChatAndContactsBecomeOneForm(String pasted) {
        assertThat(IdentityInput.phone(pasted)).isEqualTo("13900000001");
    }

    @Test
    void idNumbersLoseSeparatorsAndInvisibleMarksAndGetAnUpperCaseCheckCharacter() {
        assertThat(IdentityInput.idNumber("50010320150327231x")).isEqualTo("50010320150327231X");
        assertThat(IdentityInput.idNumber("500103 20150327 231X")).isEqualTo("50010320150327231X");
        assertThat(IdentityInput.idNumber("\u202a５００１０３２０１５０３２７２３１ｘ\u202c")).isEqualTo("50010320150327231X");
    }

    @Test
    void namesKeepTheirMiddleDotButLoseInvisibleMarksAndOuterSpace() {
        assertThat(IdentityInput.name("\u200f 李军 ")).isEqualTo("李军");
        assertThat(IdentityInput.name("阿依古丽·买买提")).isEqualTo("阿依古丽·买买提");
        assertThat(IdentityInput.name("王\u200b芳")).isEqualTo("王芳");
        assertThat(IdentityInput.name("Li   Jun")).isEqualTo("Li Jun");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "阿依古丽\u00B7买买提",
                "阿依古丽\u2022买买提",
                "阿依古丽\u30FB买买提",
                "阿依古丽\u2027买买提",
                "阿依古丽\uFF65买买提",
                "阿依古丽\u22C5买买提",
                "阿依古丽\u2219买买提",
                "阿依古丽\u2E31买买提",
                "阿依古丽\u0387买买提",
                "阿依古丽 \u2022 买买提",
                "阿依古丽\u200b\u30FB买买提"
            })
    void everyMiddleDotVariantBecomesTheOneMiddleDot(String typed) {
        assertThat(IdentityInput.name(typed)).isEqualTo("阿依古丽\u00B7买买提");
    }

    @Test
    void nullStaysNullAndGarbageIsLeftForValidation() {
        assertThat(IdentityInput.phone(null)).isNull();
        assertThat(IdentityInput.idNumber(null)).isNull();
        assertThat(IdentityInput.name(null)).isNull();
        assertThat(IdentityInput.phone("abc")).isEqualTo("abc");
    }
}
