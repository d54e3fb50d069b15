package cq.assist.core.pii;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MaskingTest {

    @Test
    void anAddressKeepsTheStreetAndHidesTheNumbers() {
        assertThat(Masking.address("渝中区领事巷8号2-3")).isEqualTo("渝中区领事巷**");
        assertThat(Masking.address("渝中区七星岗街道金汤街 1 号")).isEqualTo("渝中区七星岗街道金汤街**");
        assertThat(Masking.address("  测试地址 ")).isEqualTo("测试**");
        assertThat(Masking.address("１２号")).isEqualTo("**");
        assertThat(Masking.address(null)).isNull();
    }

    @Test
    void aNameKeepsTheFamilyName() {
        assertThat(Masking.name("卢桂芳")).isEqualTo("卢**");
        assertThat(Masking.name("王")).isEqualTo("王*");
    }
}
