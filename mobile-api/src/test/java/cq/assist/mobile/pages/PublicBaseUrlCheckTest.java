package cq.assist.mobile.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** Issue 11: co-signing links must open on a relative's phone, so outside the demo no localhost. */
class PublicBaseUrlCheckTest {

    @Test
    void acceptsAnHttpsAddressOfTheInternet() {
        assertThat(PublicBaseUrlCheck.problem("https://jiuzhu.cq.gov.cn")).isNull();
        assertThat(PublicBaseUrlCheck.problem("https://h5.example.org:8443/assist"))
                .isNull();
    }

    @Test
    void refusesWhatNoPhoneCanOpen() {
        assertThat(PublicBaseUrlCheck.problem(null)).contains("not set");
        assertThat(PublicBaseUrlCheck.problem(" ")).contains("not set");
        assertThat(PublicBaseUrlCheck.problem("http://jiuzhu.cq.gov.cn")).contains("https");
        assertThat(PublicBaseUrlCheck.problem("https://localhost:8081")).contains("this machine");
        assertThat(PublicBaseUrlCheck.problem("https://127.0.0.1")).contains("this machine");
        assertThat(PublicBaseUrlCheck.problem("https://app.localhost")).contains("this machine");
        assertThat(PublicBaseUrlCheck.problem("https://jiuzhu.cq.gov.cn/?a=1")).contains("query");
        assertThat(PublicBaseUrlCheck.problem("not a url at all")).isNotNull();
    }

    @Test
    void refusesToStartOutsideTheDemoWithTheDefault() {
        MockEnvironment production = new MockEnvironment();
        MockEnvironment demo = new MockEnvironment();
        demo.setActiveProfiles("demo");

        assertThatThrownBy(() -> new PublicBaseUrlCheck(production, "http://localhost:8081").afterPropertiesSet())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("ASSIST_MOBILE_PUBLIC_BASE_URL");
        new PublicBaseUrlCheck(demo, "http://localhost:8081").afterPropertiesSet();
        new PublicBaseUrlCheck(production, "https://jiuzhu.cq.gov.cn").afterPropertiesSet();
    }
}
