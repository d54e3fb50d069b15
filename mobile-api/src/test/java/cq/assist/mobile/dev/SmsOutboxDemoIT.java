package cq.assist.mobile.dev;

import static org.assertj.core.api.Assertions.assertThat;

import cq.assist.mobile.support.Phones;
import cq.assist.web.test.HttpApi;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

/** In the demo profile the outbox is readable without login, newest first, and its code logs in. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class SmsOutboxDemoIT {

    @LocalServerPort
    int port;

    @Test
    void listsTextsToThePhoneNewestFirstAndTheirCodesLogIn() {
        HttpApi api = new HttpApi(port);
        String phone = Phones.random();
        assertThat(api.post("/api/v1/auth/sms-code", Map.of("phone", phone)).status())
                .isEqualTo(202);
        assertThat(api.post("/api/v1/auth/sms-code", Map.of("phone", phone)).status())
                .isEqualTo(202);

        HttpApi.Answer answer = api.get("/api/v1/dev/sms-outbox?phone=" + phone);

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        JsonNode messages = answer.json();
        assertThat(messages.size()).isEqualTo(2);
        JsonNode newest = messages.get(0);
        assertThat(newest.get("phone").asString()).isEqualTo(phone);
        assertThat(newest.get("text").asString()).contains(newest.get("code").asString());
        assertThat(newest.get("sentAt").asString()).endsWith("+08:00");
        assertThat(newest.get("sentAt")
                        .asString()
                        .compareTo(messages.get(1).get("sentAt").asString()))
                .isGreaterThanOrEqualTo(0);
        String code = newest.get("code").asString();
        assertThat(api.post("/api/v1/auth/login", Map.of("phone", phone, "code", code))
                        .status())
                .isEqualTo(200);
    }

    @Test
    void theLatestCodeIsReadByAPhoneInTheBodyMaskedAndAbsentWhenNone() {
        HttpApi api = new HttpApi(port);
        String phone = Phones.random();
        assertThat(api.post("/api/v1/auth/sms-code", Map.of("phone", phone)).status())
                .isEqualTo(202);

        HttpApi.Answer latest = api.post("/api/v1/dev/sms-outbox/latest-code", Map.of("phone", phone));

        assertThat(latest.status()).as(latest.toString()).isEqualTo(200);
        assertThat(latest.json().get("code").asString())
                .isEqualTo(api.get("/api/v1/dev/sms-outbox?phone=" + phone)
                        .json()
                        .get(0)
                        .get("code")
                        .asString());
        assertThat(latest.json().get("sentTo").asString())
                .endsWith(phone.substring(7))
                .doesNotContain(phone);
        HttpApi.Answer none = api.post("/api/v1/dev/sms-outbox/latest-code", Map.of("phone", Phones.random()));
        assertThat(none.status()).isEqualTo(200);
        assertThat(none.json().hasNonNull("code")).isFalse();
    }

    @Test
    void showsNothingForAnotherPhone() {
        HttpApi.Answer answer = new HttpApi(port).get("/api/v1/dev/sms-outbox?phone=" + Phones.random());
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().size()).isZero();
    }

    @Test
    void answers404ToAClientThatIsNotOnThisMachine() throws Exception {
        java.net.InetAddress outside = outsideAddress();
        java.net.http.HttpResponse<String> answer = java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://" + outside.getHostAddress()
                                        + ":" + port + "/api/v1/dev/sms-outbox?phone=" + Phones.random()))
                                .header("X-Forwarded-For", "127.0.0.1")
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode())
                .as("a forwarded header from an untrusted peer is not believed")
                .isEqualTo(404);
        assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    }

    @Test
    void theLatestCodeIsNotGivenToAClientThatIsNotOnThisMachine() throws Exception {
        java.net.InetAddress outside = outsideAddress();
        String phone = Phones.random();
        assertThat(new HttpApi(port)
                        .post("/api/v1/auth/sms-code", Map.of("phone", phone))
                        .status())
                .isEqualTo(202);

        java.net.http.HttpResponse<String> answer = java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://" + outside.getHostAddress()
                                        + ":" + port + "/api/v1/dev/sms-outbox/latest-code"))
                                .header("Content-Type", "application/json")
                                .header("X-Forwarded-For", "127.0.0.1")
                                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                                        "{\"phone\":\"" + phone + "\"}"))
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode())
                .as("a code exists for the phone, yet a remote client (forwarded header not believed) gets 404: "
                        + answer.body())
                .isEqualTo(404);
        assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(answer.body()).doesNotContain("\"code\"");
    }

    @Test
    void aMalformedRequestFromElsewhereIsA404TooSoNothingTellsTheEndpointExists() throws Exception {
        java.net.InetAddress outside = outsideAddress();
        java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
        String base = "http://" + outside.getHostAddress() + ":" + port;

        java.net.http.HttpResponse<String> noBody = client.send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/api/v1/dev/sms-outbox/latest-code"))
                        .header("Content-Type", "application/json")
                        .POST(java.net.http.HttpRequest.BodyPublishers.noBody())
                        .build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        java.net.http.HttpResponse<String> noPhone = client.send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/api/v1/dev/sms-outbox"))
                        .build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());

        assertThat(noBody.statusCode()).as("no body: " + noBody.body()).isEqualTo(404);
        assertThat(noPhone.statusCode()).as("no phone: " + noPhone.body()).isEqualTo(404);
    }

    /** A non-loopback IPv4 address of this machine (skips the test when there is none). */
    private static java.net.InetAddress outsideAddress() throws java.net.SocketException {
        java.net.InetAddress outside =
                java.util.Collections.list(java.net.NetworkInterface.getNetworkInterfaces()).stream()
                        .filter(n -> {
                            try {
                                return n.isUp() && !n.isLoopback();
                            } catch (java.net.SocketException e) {
                                return false;
                            }
                        })
                        .flatMap(n -> java.util.Collections.list(n.getInetAddresses()).stream())
                        .filter(a -> a instanceof java.net.Inet4Address)
                        .findFirst()
                        .orElse(null);
        org.junit.jupiter.api.Assumptions.assumeTrue(outside != null, "this machine has no non-loopback IPv4 address");
        return outside;
    }
}
