package cq.assist.web.http;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Limits of {@link AdmissionFilter} ({@code assist.http.admission.*}).
 *
 * @param maxConcurrent API requests handled at once per node, default 32 (two cores are saturated by about 8
 *     applications in flight, BENCHMARKS.md; the rest of the 32 are cheap reads, and the database pool is 20)
 * @param maxWait how long a request waits for one to finish before it is refused, default 2 s
 * @param retryAfter what {@code Retry-After} tells a refused client, default 5 s
 */
@ConfigurationProperties("assist.http.admission")
public record Admission(Integer maxConcurrent, Duration maxWait, Duration retryAfter) {

    public Admission {
        maxConcurrent = maxConcurrent == null ? 32 : maxConcurrent;
        maxWait = maxWait == null ? Duration.ofSeconds(2) : maxWait;
        retryAfter = retryAfter == null ? Duration.ofSeconds(5) : retryAfter;
        if (maxConcurrent < 1) {
            throw new IllegalArgumentException("assist.http.admission.max-concurrent must be at least 1");
        }
    }
}
