package cq.assist.web.http;

import cq.assist.web.problem.ProblemWriter;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Admission control of the API: at most {@link Admission#maxConcurrent()} requests to {@code /api/} are
 * handled at once on this node; a request that finds them all busy waits up to {@link Admission#maxWait()}
 * for one, in arrival order, and is otherwise answered at once with 503 (problem {@code unavailable}, "当前办理
 * 人数较多，请稍后再试。") and {@code Retry-After} in seconds. Nothing of the request has been read or done then,
 * so the client may send it again as it was (an application with the same {@code Idempotency-Key}).
 *
 * <p>Why (issue 10, BENCHMARKS.md "Overload"): offered 100 applications a second, two cores take about 30.
 * Without a limit every request was let in: 300 in flight waited for 20 database connections, the engine's
 * jobs waited with them, requests that got a connection at last took minutes and throughput fell to a few a
 * second, and some failed after Hikari's 30-second connection timeout anyway. With the limit the node keeps
 * working at the rate it can and says so to the rest quickly. Pages, health and metrics are not limited.
 *
 * <p>Each refusal is counted ({@code assist.http.refused}) and logged at WARN at most once a second per node.
 */
public class AdmissionFilter extends OncePerRequestFilter {

    /** After the body cap ({@link RequestBodyLimitFilter#ORDER}) and before Spring Security (-100). */
    public static final int ORDER = RequestBodyLimitFilter.ORDER + 1;

    private static final Logger LOG = LoggerFactory.getLogger(AdmissionFilter.class);

    private final Semaphore permits;
    private final Admission admission;
    private final ProblemWriter problems;
    private final Counter refused;
    private volatile long lastWarning;

    public AdmissionFilter(Admission admission, ProblemWriter problems, MeterRegistry registry) {
        this.admission = admission;
        this.permits = new Semaphore(admission.maxConcurrent(), true);
        this.problems = problems;
        this.refused = Counter.builder("assist.http.refused")
                .description("API requests refused with 503 because the node was at its concurrency limit")
                .register(registry);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean admitted;
        try {
            admitted = permits.tryAcquire(admission.maxWait().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            admitted = false;
        }
        if (!admitted) {
            refuse(request, response);
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            permits.release();
        }
    }

    /** Requests being handled now (for tests and the log). */
    public int inFlight() {
        return admission.maxConcurrent() - permits.availablePermits();
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        refused.increment();
        long now = System.currentTimeMillis();
        if (now - lastWarning > 1000) {
            lastWarning = now;
            LOG.warn(
                    "Refused {} {} with 503: {} requests in flight, none freed within {} ms ({} refused so far)",
                    request.getMethod(),
                    request.getRequestURI(),
                    admission.maxConcurrent(),
                    admission.maxWait().toMillis(),
                    (long) refused.count());
        }
        problems.write(
                request,
                response,
                factory -> factory.ofStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE),
                Map.of("Retry-After", Long.toString(admission.retryAfter().toSeconds())));
    }
}
