package cq.assist.mobile.http;

import static org.assertj.core.api.Assertions.assertThat;

import cq.assist.core.notify.SmsOutbox;
import cq.assist.mobile.support.FileBytes;
import cq.assist.mobile.support.Multipart;
import cq.assist.mobile.support.PhoneLogins;
import cq.assist.mobile.support.Phones;
import cq.assist.web.test.HttpApi;
import cq.assist.web.test.OversizedBodies;
import cq.assist.web.test.RawHttp;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 7 / review H1 and API.md "Identity and consent": a body over 1 MB (an upload over 5 MB) gets a
 * 413 problem document before anything parses it, whether or not the client sent
 * {@code Expect: 100-continue}, with or without a declared length, and the connection is never dropped
 * under the client: the whole body can still be written and the 413 read.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OversizedBodyIT {

    private static final int ONE_MB = OversizedBodies.ONE_MB;

    @LocalServerPort
    int port;

    @Autowired
    SmsOutbox outbox;

    private static byte[] loginBody(int totalBytes) {
        return OversizedBodies.json("\"phone\":\"13800000000\",", "code", totalBytes);
    }

    private static Map<String, String> json() {
        return OversizedBodies.jsonHeaders();
    }

    private static void assertTooLarge(RawHttp.Exchange answer) {
        OversizedBodies.assertTooLarge(answer);
    }

    @Test
    void refusesOneByteOverOneMegabyteOfJsonWithoutExpectAndTakesTheWholeBody() throws Exception {
        RawHttp.Exchange answer =
                new RawHttp(port).send("POST", "/api/v1/auth/login", json(), loginBody(ONE_MB + 1), false);

        assertTooLarge(answer);
        assertThat(answer.writeFailure())
                .as("the connection was reset under the client")
                .isNull();
    }

    @Test
    void refusesAnEightMegabyteJsonBodyWithoutExpectAndNeverResetsTheConnection() throws Exception {
        RawHttp.Exchange answer =
                new RawHttp(port).send("POST", "/api/v1/auth/sms-code", json(), loginBody(8 * ONE_MB), false);

        assertTooLarge(answer);
        assertThat(answer.writeFailure()).isNull();
    }

    @Test
    void answers413InsteadOf100ContinueWhenTheDeclaredLengthIsTooLarge() throws Exception {
        RawHttp.Exchange answer =
                new RawHttp(port).send("POST", "/api/v1/auth/login", json(), loginBody(2 * ONE_MB), true);

        assertTooLarge(answer);
        assertThat(answer.bodySent())
                .as("no 100 Continue for a body that is refused")
                .isFalse();
    }

    @Test
    void refusesAChunkedBodyOnceItGrowsPastOneMegabyte() throws Exception {
        RawHttp.Exchange answer =
                new RawHttp(port).sendChunked("POST", "/api/v1/auth/login", json(), loginBody(3 * ONE_MB));

        assertTooLarge(answer);
        assertThat(answer.writeFailure()).isNull();
    }

    @Test
    void refusesAnOversizedCoSigningBodyBeforeLookingAtTheToken() throws Exception {
        RawHttp.Exchange answer = new RawHttp(port)
                .send("POST", "/api/v1/authorizations/no-such-token", json(), loginBody(ONE_MB + 10), false);

        assertTooLarge(answer);
    }

    @Test
    void acceptsABodyOfExactlyOneMegabyteForParsing() throws Exception {
        RawHttp.Exchange answer =
                new RawHttp(port).send("POST", "/api/v1/auth/login", json(), loginBody(ONE_MB), false);

        assertThat(answer.status()).as(answer.body()).isIn(400, 401);
        assertThat(answer.header("content-type")).startsWith("application/problem+json");
    }

    @Test
    void refusesAnUploadOverSixMegabytesWithoutExpectAndTakesTheWholeBody() throws Exception {
        HttpApi api = new HttpApi(port);
        String token = new PhoneLogins(api, outbox).logIn(Phones.random());
        Multipart upload = Multipart.file("file", "big.pdf", "application/pdf", FileBytes.pdf(12 * ONE_MB));
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", upload.contentType());
        headers.put("Authorization", "Bearer " + token);

        RawHttp.Exchange plain = new RawHttp(port).send("POST", "/api/v1/files", headers, upload.body(), false);
        RawHttp.Exchange expecting = new RawHttp(port).send("POST", "/api/v1/files", headers, upload.body(), true);

        assertTooLarge(plain);
        assertThat(plain.writeFailure()).isNull();
        assertThat(plain.body())
                .as("an upload is told the file limit (5 MB), not the request cap with its framing (6 MB)")
                .contains("文件不能超过 5 MB")
                .contains("\"field\":\"file\"");
        assertTooLarge(expecting);
        assertThat(expecting.bodySent()).isFalse();
    }

    @Test
    void refusesAnAnonymousOversizedUploadWith413BeforeAuthentication() throws Exception {
        Multipart upload = Multipart.file("file", "big.pdf", "application/pdf", FileBytes.pdf(7 * ONE_MB));

        RawHttp.Exchange answer = new RawHttp(port)
                .send("POST", "/api/v1/files", Map.of("Content-Type", upload.contentType()), upload.body(), false);

        assertTooLarge(answer);
        assertThat(answer.writeFailure()).isNull();
    }
}
