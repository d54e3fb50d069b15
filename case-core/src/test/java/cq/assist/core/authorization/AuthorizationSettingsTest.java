package cq.assist.core.authorization;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Link lifetimes and the public addresses of the signing page and its QR code, without a doubled slash. */
class AuthorizationSettingsTest {

    @Test
    void buildsTheLinksFromThePublicBaseUrl() {
        AuthorizationSettings settings =
                new AuthorizationSettings(Duration.ofHours(48), Duration.ofHours(24), "https://h5.example.cn/");

        assertThat(settings.authorizeUrl("t0k")).isEqualTo("https://h5.example.cn/sign#token=t0k");
        assertThat(settings.qrPngUrl("t0k")).isEqualTo("https://h5.example.cn/api/v1/authorizations/t0k/qr.png");
        assertThat(settings.tokenTtlIso()).isEqualTo("PT48H");
        assertThat(settings.reminderAfterIso()).isEqualTo("PT24H");
        assertThat(settings.reminderAfter()).isLessThan(settings.tokenTtl());
    }
}
