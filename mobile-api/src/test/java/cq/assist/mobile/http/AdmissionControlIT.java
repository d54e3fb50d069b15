package cq.assist.mobile.http;

import static org.assertj.core.api.Assertions.assertThat;

import cq.assist.web.http.AdmissionFilter;
import cq.assist.web.test.HttpApi;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * Issue 10, admission control in the running app: with every place taken (32 requests in flight, held here
 * through the app's own filter), a phone's request to the API, logged in or not, waits the 2 s and gets 503
 * {@code unavailable} with {@code Retry-After: 5} in Chinese before Spring Security or any controller sees it
 * (an anonymous login is answered 503, not 400 or 401); the H5 pages are still served; once the places are
 * free the same request is answered as usual.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "assist.test.context=intake")
class AdmissionControlIT {

    @LocalServerPort
    int port;

    @Autowired
    FilterRegistrationBean<AdmissionFilter> admission;

    @Test
    void aFullNodeRefusesApiRequestsWith503AndRetryAfterAndServesThemAgainOnceFree() throws Exception {
        AdmissionFilter filter = admission.getFilter();
        CountDownLatch leave = new CountDownLatch(1);
        List<CompletableFuture<Void>> held = new ArrayList<>();
        ExecutorService threads = Executors.newFixedThreadPool(32);
        String phone = "139" + (10_000_000 + new java.util.Random().nextInt(89_999_999));
        try {
            for (int i = 0; i < 32; i++) {
                CountDownLatch inside = new CountDownLatch(1);
                held.add(CompletableFuture.runAsync(() -> hold(filter, inside, leave), threads));
                assertThat(inside.await(5, TimeUnit.SECONDS)).as("place " + i).isTrue();
            }
            assertThat(filter.inFlight()).isEqualTo(32);
            HttpApi api = new HttpApi(port);

            HttpApi.Answer refused = api.post("/api/v1/auth/login", Map.of("phone", phone, "code", "000000"));

            assertThat(refused.status()).as(refused.toString()).isEqualTo(503);
            assertThat(refused.header("Retry-After")).isEqualTo("5");
            assertThat(refused.json().get("type").asString()).endsWith("/unavailable");
            assertThat(refused.json().get("detail").asString()).isEqualTo("当前办理人数较多，请稍后再试。");
            assertThat(api.get("/login").status())
                    .as("the H5 pages are not held back")
                    .isEqualTo(200);
        } finally {
            leave.countDown();
            for (CompletableFuture<Void> f : held) {
                f.get(10, TimeUnit.SECONDS);
            }
            threads.shutdown();
        }
        assertThat(filter.inFlight()).isZero();
        HttpApi.Answer answered =
                new HttpApi(port).post("/api/v1/auth/login", Map.of("phone", phone, "code", "000000"));
        assertThat(answered.status())
                .as("a place is free: the wrong code is judged as usual")
                .isEqualTo(401);
    }

    private static void hold(AdmissionFilter filter, CountDownLatch inside, CountDownLatch leave) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/held");
        request.setRequestURI("/api/v1/held");
        try {
            filter.doFilter(request, new MockHttpServletResponse(), (req, res) -> {
                inside.countDown();
                try {
                    leave.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                ((HttpServletResponse) res).setStatus(200);
            });
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
