package cq.assist.workflow.monitoring;

import cq.assist.core.monitoring.AlertKind;
import cq.assist.core.monitoring.AlertOutcomes;
import cq.assist.core.monitoring.AlertView;
import cq.assist.core.monitoring.MonitoringAlerts;
import java.util.List;
import org.flowable.common.engine.api.FlowableException;
import org.flowable.engine.ManagementService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outcome stage of a screening run ({@link AlertOutcomes}): pages through the run's open alerts and grants
 * newly met apply-free items on the spot ({@link GrantingOnTheSpot}) and turns NO_LONGER_ELIGIBLE and
 * AMOUNT_CHANGED alerts into review cases in the department's inbox ({@link AlertFollowUps}: the review names the
 * granted and the new amount, and proposes the new one). The worker still sees every alert
 * ({@code GET /worker/alerts}), ended as FOLLOW_UP once acted on.
 *
 * <p>Alerts are acted on in blocks of {@code assist.monitoring.outcome-block} (default {@value #DEFAULT_BLOCK};
 * 1: one alert per transaction): one transaction and one process-engine command per block, so the block's
 * review processes are written together (the engine's multi-row INSERTs) and committed once (BENCHMARKS.md,
 * "The outcome stage at scale": about 17 statements and a commit per alert before). Each alert is claimed by its
 * conditional end ({@code status = 'OPEN'}) in the block's transaction, so an alert is acted on once. When
 * anything in a block fails, the whole block rolls back (no case, process, grant or alert end of it is kept) and
 * its alerts are acted on again one per transaction, as before: an alert whose action fails again stays OPEN
 * (counted in {@link Acted#failed()}, so the district can still follow it up by hand); the others of its block
 * are acted on all the same.
 */
@Service
class ActingOnAlerts implements AlertOutcomes {

    static final int DEFAULT_BLOCK = 50;

    private static final Logger log = LoggerFactory.getLogger(ActingOnAlerts.class);
    private static final int PAGE = 200;
    private static final List<AlertKind> KINDS =
            List.of(AlertKind.NEWLY_ELIGIBLE, AlertKind.NO_LONGER_ELIGIBLE, AlertKind.AMOUNT_CHANGED);

    private final MonitoringAlerts alerts;
    private final GrantingOnTheSpot granting;
    private final AlertFollowUps followUps;
    private final ManagementService engine;
    private final TransactionTemplate transaction;
    private final int block;

    ActingOnAlerts(
            MonitoringAlerts alerts,
            GrantingOnTheSpot granting,
            AlertFollowUps followUps,
            ManagementService engine,
            PlatformTransactionManager transactions,
            @Value("${assist.monitoring.outcome-block:" + DEFAULT_BLOCK + "}") int block) {
        if (block < 1 || block > PAGE) {
            throw new IllegalArgumentException("assist.monitoring.outcome-block must be 1.." + PAGE + ": " + block);
        }
        this.alerts = alerts;
        this.granting = granting;
        this.followUps = followUps;
        this.engine = engine;
        this.transaction = new TransactionTemplate(transactions);
        this.block = block;
    }

    @Override
    public Acted actOn(String runId, Runnable heartbeat) {
        Tally total = new Tally();
        String after = null;
        while (true) {
            heartbeat.run();
            List<AlertView> page = alerts.openOfRun(runId, KINDS, after, PAGE);
            for (int from = 0; from < page.size(); from += block) {
                List<AlertView> part = page.subList(from, Math.min(page.size(), from + block));
                if (part.size() == 1 || !together(part, total)) {
                    part.forEach(alert -> alone(alert, runId, total));
                }
            }
            if (page.size() < PAGE) {
                return new Acted(total.granted, total.reviews, total.failed);
            }
            after = page.get(page.size() - 1).id();
        }
    }

    /**
     * Acts on a block in one transaction and one engine command; false (everything rolled back, nothing counted)
     * when any alert of it fails.
     */
    private boolean together(List<AlertView> part, Tally total) {
        Tally tally = new Tally();
        try {
            transaction.executeWithoutResult(status -> engine.executeCommand(context -> {
                try {
                    part.forEach(alert -> act(alert, tally));
                } catch (RuntimeException e) {
                    throw new BlockFailed(e);
                }
                return null;
            }));
        } catch (RuntimeException e) {
            Throwable why = e instanceof BlockFailed && e.getCause() != null ? e.getCause() : e;
            log.info(
                    "A block of {} monitoring alerts rolled back ({}); acting on them one by one",
                    part.size(),
                    why.getClass().getSimpleName());
            return false;
        }
        total.add(tally);
        return true;
    }

    /** Acts on one alert in its own transaction; a failure leaves it OPEN and is counted. */
    private void alone(AlertView alert, String runId, Tally total) {
        Tally tally = new Tally();
        try {
            transaction.executeWithoutResult(status -> act(alert, tally));
            total.add(tally);
        } catch (RuntimeException e) {
            total.failed++;
            log.warn(
                    "Monitoring alert {} of run {} left open: {}",
                    alert.id(),
                    runId,
                    e.getClass().getSimpleName());
        }
    }

    private void act(AlertView alert, Tally tally) {
        if (AlertKind.NEWLY_ELIGIBLE.name().equals(alert.kind())) {
            tally.granted += granting.grant(alert).size();
        } else {
            followUps.followUp(alert, GrantingOnTheSpot.SYSTEM);
            tally.reviews++;
        }
    }

    /**
     * A block's failure carried out of the engine command: the engine's command context does not log a
     * {@link FlowableException} that is not marked logged (Flowable 8, {@code CommandContext.logException}), while
     * any other exception it would log at ERROR with its message; the stage logs the cause's class only and acts
     * on the block's alerts one by one.
     */
    private static final class BlockFailed extends FlowableException {

        BlockFailed(RuntimeException cause) {
            super("monitoring alert block failed", cause);
        }
    }

    /** Counts of one block, added to the run's only once the block committed. */
    private static final class Tally {
        int granted;
        int reviews;
        int failed;

        void add(Tally other) {
            granted += other.granted;
            reviews += other.reviews;
            failed += other.failed;
        }
    }
}
