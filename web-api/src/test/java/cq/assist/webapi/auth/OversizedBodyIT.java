package cq.assist.webapi.auth;

import static org.assertj.core.api.Assertions.assertThat;

import cq.assist.web.test.OversizedBodies;
import cq.assist.web.test.RawHttp;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 7 / review H1 on web-api: {@code POST /auth/login} answers anyone without a token, so a body over
 * 1 MB gets a 413 problem document before anything parses it, whether its length is declared (and no
 * {@code Expect: 100-continue} is sent, as browsers do) or it arrives chunked, and the connection is never
 * dropped under the client. The same cap as mobile-api's ({@code cq.assist.mobile.http.OversizedBodyIT}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OversizedBodyIT {

    @LocalServerPort
    int port;

    private static byte[] loginBody(int totalBytes) {
        return OversizedBodies.json("\"username\":\"nobody\",\"totp\":\"000000\",", "password", totalBytes);
    }

    @Test
    void refusesOneByteOverOneMegabyteOfLoginJsonWithoutExpectAndTakesTheWholeBody() throws Exception {
        RawHttp.Exchange answer = new RawHttp(port)
                .send(
                        "POST",
                        "/api/v1/auth/login",
                        OversizedBodies.jsonHeaders(),
                        loginBody(OversizedBodies.ONE_MB + 1),
                        false);

        OversizedBodies.assertTooLarge(answer);
        assertThat(answer.writeFailure())
                .as("the connection was reset under the client")
                .isNull();
    }

    @Test
    void refusesAChunkedLoginBodyOnceItGrowsPastOneMegabyte() throws Exception {
        RawHttp.Exchange answer = new RawHttp(port)
                .sendChunked(
                        "POST",
                        "/api/v1/auth/login",
                        OversizedBodies.jsonHeaders(),
                        loginBody(3 * OversizedBodies.ONE_MB));

        OversizedBodies.assertTooLarge(answer);
        assertThat(answer.writeFailure()).isNull();
    }
}
