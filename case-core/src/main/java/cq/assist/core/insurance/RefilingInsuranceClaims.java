package cq.assist.core.insurance;

import cq.assist.core.time.BusinessClock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The re-file sweep of 救助+保险: every {@code assist.insurance.refile-interval} (PT30S), on every node, the FILED
 * claims the insurer has not taken (its port failed: insurer unreachable, or the node died between the
 * resident's consent and the filing) are filed again, at most {@code assist.insurance.refile-batch} (100) a
 * round. A node takes each attempt with one conditional update, so two nodes never file the same claim in the
 * same round; a failed attempt is tried again {@code refile-after} (PT1M) later, and counted
 * ({@code insurance_claim.file_attempts}). The port treats the claim id as its idempotency key, so a filing repeated after a lost
 * answer creates no second claim.
 */
@Component
public class RefilingInsuranceClaims implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(RefilingInsuranceClaims.class);

    private final InsuranceClaimMapper claims;
    private final FilingInsuranceClaims filing;
    private final BusinessClock clock;
    private final Duration interval;
    private final Duration retryAfter;
    private final int batch;
    private ScheduledExecutorService executor;

    RefilingInsuranceClaims(
            InsuranceClaimMapper claims,
            FilingInsuranceClaims filing,
            BusinessClock clock,
            @Value("${assist.insurance.refile-interval:PT30S}") Duration interval,
            @Value("${assist.insurance.refile-after:PT1M}") Duration retryAfter,
            @Value("${assist.insurance.refile-batch:100}") int batch) {
        this.claims = claims;
        this.filing = filing;
        this.clock = clock;
        this.interval = interval;
        this.retryAfter = retryAfter;
        this.batch = batch;
    }

    /** One round; returns how many claims the insurer took. */
    public int sweep() {
        int taken = 0;
        for (InsuranceClaimRow claim : claims.selectDueForRefile(clock.now(), batch)) {
            java.time.Instant now = clock.now();
            if (claims.updateTakeAttempt(claim.id(), now, now.plus(retryAfter)) == 1 && filing.refile(claim)) {
                taken++;
            }
        }
        return taken;
    }

    private void sweepQuietly() {
        try {
            int taken = sweep();
            if (taken > 0) {
                LOG.info("Insurance re-file sweep: the insurer took {} claim(s) filed again", taken);
            }
        } catch (RuntimeException e) { // keep sweeping; the next round retries
            LOG.warn("Insurance re-file sweep failed: {}", e.getClass().getSimpleName());
        }
    }

    @Override
    public synchronized void start() {
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "insurance-refile-sweep");
            thread.setDaemon(true);
            return thread;
        });
        long millis = interval.toMillis();
        executor.scheduleWithFixedDelay(this::sweepQuietly, millis, millis, TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        executor.shutdownNow();
        executor = null;
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }
}
