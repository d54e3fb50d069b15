package cq.assist.core.files;

import static org.assertj.core.api.Assertions.assertThat;

import cq.assist.core.intake.ApplicationForms;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class SignaturePngTest {

    @Test
    void acceptsBase64OfAPngWithOrWithoutDataUrlPrefix() {
        String png = ApplicationForms.signaturePng();
        assertThat(SignaturePng.isPng(png)).isTrue();
        assertThat(SignaturePng.isPng("data:image/png;base64," + png)).isTrue();
    }

    @Test
    void rejectsOtherBytesAndBrokenBase64() {
        assertThat(SignaturePng.isPng(
                        Base64.getEncoder().encodeToString(new byte[] {(byte) 0xFF, (byte) 0xD8, 1, 2, 3, 4, 5, 6, 7})))
                .isFalse();
        assertThat(SignaturePng.isPng("not base64 !!")).isFalse();
        assertThat(SignaturePng.isPng(null)).isFalse();
        assertThat(SignaturePng.isPng("")).isFalse();
    }
}
