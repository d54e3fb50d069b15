package cq.assist.mobile.pages;

import static org.assertj.core.api.Assertions.assertThat;

import cq.assist.web.test.HttpApi;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Review L2 (issue 7): the co-signing page and the app's other pages cannot be framed by another site and name
 * no referrer; an old co-signing link's redirect too.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "assist.test.context=intake")
class PageSecurityHeadersIT {

    @LocalServerPort
    int port;

    @Test
    void aHeadRequestForAPageIsAnsweredAsItsGetIs() {
        HttpApi api = new HttpApi(port);
        for (String page : new String[] {"/", "/login", "/sign", "/notices"}) {
            HttpApi.Answer answer = api.send("HEAD", page, null, java.util.Map.of("Accept", "*/*"));

            assertThat(answer.status()).as(page).isEqualTo(200);
            assertThat(answer.header("Content-Security-Policy")).as(page).contains("script-src 'self'");
        }
    }

    @Test
    void theSigningPageAndTheAppCannotBeFramedAndNameNoReferrer() {
        HttpApi api = new HttpApi(port);
        for (String page : new String[] {"/sign", "/apply", "/worker/sign", "/sign?token=abc"}) {
            HttpApi.Answer answer = api.get(page);

            assertThat(answer.status()).as(page).isIn(200, 303);
            assertThat(answer.header("X-Frame-Options")).as(page).isEqualTo("DENY");
            assertThat(answer.header("Content-Security-Policy")).as(page).contains("frame-ancestors 'none'");
            assertThat(answer.header("Content-Security-Policy"))
                    .as(page + ": only the app's own script files run")
                    .contains("script-src 'self'");
            assertThat(answer.header("Referrer-Policy")).as(page).isEqualTo("no-referrer");
        }
    }
}
