package cq.assist.web.http;

import static org.assertj.core.api.Assertions.assertThat;

import cq.assist.web.problem.ProblemFactory;
import cq.assist.web.problem.ProblemWriter;
import cq.assist.web.test.Texts;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.i18n.FixedLocaleResolver;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@link AdmissionFilter}: with its one place taken, the next API request waits {@code maxWait} and is then refused
 * with 503, {@code Retry-After} and the {@code unavailable} problem in Chinese, without reaching the application;
 * once the place is free a request gets in again; pages and health are never held back.
 */
class AdmissionFilterTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final AdmissionFilter filter = new AdmissionFilter(
            new Admission(1, Duration.ofMillis(100), Duration.ofSeconds(5)),
            new ProblemWriter(
                    new ProblemFactory(Texts.messages()),
                    JsonMapper.builder().build(),
                    new FixedLocaleResolver(Locale.SIMPLIFIED_CHINESE)),
            registry);

    @Test
    void aRequestBeyondTheLimitIsRefusedWith503AndRetryAfterAndTheNextOneGetsInOnceAPlaceIsFree() throws Exception {
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch leave = new CountDownLatch(1);
        CompletableFuture<MockHttpServletResponse> first = CompletableFuture.supplyAsync(() -> {
            MockHttpServletResponse response = new MockHttpServletResponse();
            try {
                filter.doFilter(api("/api/v1/applications"), response, (req, res) -> {
                    inside.countDown();
                    await(leave);
                    ((jakarta.servlet.http.HttpServletResponse) res).setStatus(201);
                });
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return response;
        });
        assertThat(inside.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(filter.inFlight()).isEqualTo(1);

        MockFilterChain notReached = new MockFilterChain();
        MockHttpServletResponse refused = new MockHttpServletResponse();
        long start = System.nanoTime();
        filter.doFilter(api("/api/v1/applications"), refused, notReached);
        long waitedMs = (System.nanoTime() - start) / 1_000_000;

        assertThat(refused.getStatus()).isEqualTo(503);
        assertThat(refused.getHeader("Retry-After")).isEqualTo("5");
        assertThat(refused.getContentType()).startsWith("application/problem+json");
        JsonNode problem = JsonMapper.builder()
                .build()
                .readTree(refused.getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(problem.get("type").asString()).endsWith("/unavailable");
        assertThat(problem.get("detail").asString()).isEqualTo("当前办理人数较多，请稍后再试。");
        assertThat(notReached.getRequest())
                .as("the refused request never reached the application")
                .isNull();
        assertThat(waitedMs).as("it waited for a place first").isGreaterThanOrEqualTo(90);
        assertThat(registry.get("assist.http.refused").counter().count()).isEqualTo(1.0);

        leave.countDown();
        assertThat(first.get(5, TimeUnit.SECONDS).getStatus()).isEqualTo(201);
        assertThat(filter.inFlight()).isZero();
        MockFilterChain reached = new MockFilterChain();
        MockHttpServletResponse admitted = new MockHttpServletResponse();
        filter.doFilter(api("/api/v1/applications"), admitted, reached);
        assertThat(reached.getRequest()).as("a place is free again").isNotNull();
        assertThat(admitted.getStatus()).isEqualTo(200);
    }

    @Test
    void pagesAndHealthAreNotLimited() throws Exception {
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch leave = new CountDownLatch(1);
        CompletableFuture<Void> holding = CompletableFuture.runAsync(() -> {
            try {
                filter.doFilter(api("/api/v1/me"), new MockHttpServletResponse(), (req, res) -> {
                    inside.countDown();
                    await(leave);
                });
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(inside.await(5, TimeUnit.SECONDS)).isTrue();
        try {
            for (String path : new String[] {"/", "/applications/1", "/actuator/health", "/assets/index.js"}) {
                MockFilterChain chain = new MockFilterChain();
                filter.doFilter(api(path), new MockHttpServletResponse(), chain);
                assertThat(chain.getRequest()).as(path).isNotNull();
            }
        } finally {
            leave.countDown();
            holding.get(5, TimeUnit.SECONDS);
        }
    }

    private static MockHttpServletRequest api(String path) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", path);
        request.setRequestURI(path);
        return request;
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
