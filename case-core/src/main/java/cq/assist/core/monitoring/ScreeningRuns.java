package cq.assist.core.monitoring;

import cq.assist.core.common.DomainException;
import cq.assist.core.common.Paging;
import cq.assist.core.parameters.PolicyParameterCatalog;
import cq.assist.core.rules.PolicyParameters;
import cq.assist.core.time.BusinessClock;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Starts and records re-screenings of monitored households: after a new parameter version (the
 * households of its region, with the parameters of its effective date, or of today when that is later),
 * and on the schedule (the households whose review is due, with today's parameters; their next review
 * moves {@code assist.monitoring.review-months} ahead, 6 by default: 民发〔2021〕57号 as recalled in
 * policy-facts, a working assumption), and after a data feed's change event (the households that person
 * belongs to, {@link ReassessingOnDataChange}). A run is recorded at once as RUNNING and executed in the
 * background after the caller's transaction commits ({@link ScreeningPipeline}); it runs only while it holds
 * the cluster-wide lease ({@link ScreeningLease}), so runs never overlap across nodes: a run started on one node
 * waits while another node's run works. Once its alerts are written, the {@link AlertOutcomes} act on them
 * (grants on the spot, review cases); then it ends DONE or FAILED with its counts. A run that loses its lease
 * (its node stalled longer than the lease) stops FAILED.
 *
 * <p>A run belongs to the node that started it ({@code monitoring_run.owner}), which beats its heartbeat while
 * the run waits in the queue and while it works ({@link #heartbeat()}, called by {@link ScreeningRecovery}; each
 * committed block adds its totals and beats it too, see {@link ScreeningWriter}). A node that stops mid-run
 * leaves its run RUNNING with a stale heartbeat and lets its lease lapse; {@link ScreeningRecovery} on another
 * node claims the run (one conditional UPDATE: one node wins) and executes it again here ({@link #resume}).
 * Executing again is safe and completes the totals: a household whose result the dead node already stored
 * compares equal and raises nothing twice; a scheduled run finds only the households whose review it had not yet
 * moved; the outcome stage acts only on the alerts still OPEN.
 */
@Service
public class ScreeningRuns implements DisposableBean {

    /** Region code of the whole city: a run over it screens every monitored household. */
    public static final String CITY = "500000";

    /** Most runs one page holds. */
    public static final int MAX_PAGE_SIZE = 100;

    private static final Logger log = LoggerFactory.getLogger(ScreeningRuns.class);
    private static final long PROGRESS_EVERY_MS = 2000;
    private static final long LEASE_POLL_MS = 250;

    private final MonitoringRunMapper runs;
    private final PolicyParameterCatalog parameters;
    private final MonitoredFacts facts;
    private final DataSource dataSource;
    private final BusinessClock clock;
    private final ScreeningLease lease;
    private final ObjectProvider<AlertOutcomes> outcomes;
    private final int workers;
    private final int reviewMonths;
    private final Clock wall = Clock.systemUTC();
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "monitoring-runs");
        t.setDaemon(true);
        return t;
    });

    ScreeningRuns(
            MonitoringRunMapper runs,
            PolicyParameterCatalog parameters,
            MonitoredFacts facts,
            DataSource dataSource,
            BusinessClock clock,
            ScreeningLease lease,
            ObjectProvider<AlertOutcomes> outcomes,
            @Value("${assist.monitoring.workers:0}") int workers,
            @Value("${assist.monitoring.review-months:6}") int reviewMonths) {
        this.runs = runs;
        this.parameters = parameters;
        this.facts = facts;
        this.dataSource = dataSource;
        this.clock = clock;
        this.lease = lease;
        this.outcomes = outcomes;
        this.workers = workers > 0 ? workers : Runtime.getRuntime().availableProcessors();
        this.reviewMonths = reviewMonths;
    }

    /**
     * Re-screens the households a new parameter version touches.
     *
     * @param key the parameter
     * @param regionCode its region: households whose community code starts with it (the city: all)
     * @param effectiveFrom its first day; the rules use the parameters of that day, or of today when later
     * @param by the administrator
     * @return the run id (the run goes on in the background)
     */
    public String startForParameter(String key, String regionCode, LocalDate effectiveFrom, String by) {
        LocalDate today = clock.today();
        LocalDate date = effectiveFrom.isAfter(today) ? effectiveFrom : today;
        String reason = key + "@" + regionCode + " from " + effectiveFrom;
        return start("PARAMETER", regionCode, reason, date, null, null, by);
    }

    /** The periodic re-check of every household whose review is due today; returns the run id. */
    public String startScheduled() {
        LocalDate today = clock.today();
        return start(
                "SCHEDULE",
                CITY,
                "periodic review due by " + today,
                today,
                today,
                today.plusMonths(reviewMonths),
                "system");
    }

    /**
     * Re-screens the households whose facts a data feed's change event replaced, with today's parameters.
     *
     * @param householdKeys the households (blind indexes); at most a few: one person's households
     * @return the run id (the run goes on in the background)
     */
    public String startForDataChange(java.util.Set<String> householdKeys) {
        LocalDate today = clock.today();
        return start(
                "DATA_CHANGE",
                CITY,
                "data feed change of " + householdKeys.size() + " household(s)",
                today,
                null,
                null,
                "system",
                householdKeys);
    }

    /** A run by id. @throws DomainException NOT_FOUND */
    public RunRow run(String id) {
        RunRow row = id == null ? null : runs.selectById(id);
        if (row == null) {
            throw DomainException.notFound("monitoring.run.notFound");
        }
        return row;
    }

    /**
     * The newest runs first, one page.
     *
     * @throws DomainException VALIDATION naming {@code page} or {@code size} (at most {@value #MAX_PAGE_SIZE})
     */
    public List<RunRow> recent(int page, int size) {
        Paging paging = Paging.of(page, size, MAX_PAGE_SIZE);
        return runs.selectRecent(paging.offset(), size);
    }

    /** How many runs there are. */
    public long count() {
        return runs.countAll();
    }

    private String start(
            String trigger, String region, String reason, LocalDate date, LocalDate dueBy, LocalDate next, String by) {
        return start(trigger, region, reason, date, dueBy, next, by, null);
    }

    private String start(
            String trigger,
            String region,
            String reason,
            LocalDate date,
            LocalDate dueBy,
            LocalDate next,
            String by,
            java.util.Set<String> householdKeys) {
        String id = UUID.randomUUID().toString();
        Instant now = clock.now();
        runs.insert(
                new RunRow(id, trigger, region, reason, date, "RUNNING", 0, 0, 0, null, now, null, by),
                new RunPlan(
                        ScreeningLease.NODE,
                        wall.instant(),
                        dueBy,
                        next,
                        householdKeys == null ? null : String.join(",", new java.util.TreeSet<>(householdKeys))));
        ScreeningSpec spec = new ScreeningSpec(id, region, date, dueBy, next, now, householdKeys);
        Runnable submit = () -> {
            heartbeat();
            executor.submit(() -> execute(spec));
        };
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    submit.run();
                }
            });
        } else {
            submit.run();
        }
        return id;
    }

    /**
     * Beats the heartbeat of every RUNNING run this node owns (queued or working), so that no other node takes
     * them over; returns how many.
     */
    public int heartbeat() {
        return runs.heartbeat(ScreeningLease.NODE, wall.instant());
    }

    /**
     * What executing a stale run again covers, from its row: its region and date; a scheduled run's due date and
     * next review ({@code review-months} after its date when the row predates them); a data-change run's
     * households. Null when the row cannot say (a data-change run recorded without its households).
     */
    ScreeningSpec specOf(StaleRun stale) {
        switch (stale.trigger()) {
            case "SCHEDULE" -> {
                LocalDate dueBy = stale.dueBy() == null ? stale.screenDate() : stale.dueBy();
                LocalDate next = stale.nextReviewOn() == null
                        ? stale.screenDate().plusMonths(reviewMonths)
                        : stale.nextReviewOn();
                return new ScreeningSpec(
                        stale.id(), stale.regionCode(), stale.screenDate(), dueBy, next, stale.startedAt());
            }
            case "DATA_CHANGE" -> {
                java.util.Set<String> keys = stale.households();
                return keys == null
                        ? null
                        : new ScreeningSpec(
                                stale.id(),
                                stale.regionCode(),
                                stale.screenDate(),
                                null,
                                null,
                                stale.startedAt(),
                                keys);
            }
            default -> {
                return new ScreeningSpec(
                        stale.id(), stale.regionCode(), stale.screenDate(), null, null, stale.startedAt());
            }
        }
    }

    /** Executes again, in the background, a run this node has just claimed ({@link ScreeningRecovery}). */
    void resume(ScreeningSpec spec) {
        executor.submit(() -> execute(spec));
    }

    private void execute(ScreeningSpec spec) {
        String holder = ScreeningLease.NODE + "/" + spec.runId();
        try {
            while (!lease.acquire(holder)) {
                Thread.sleep(LEASE_POLL_MS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            finish(spec.runId(), "FAILED", "interrupted");
            return;
        } catch (RuntimeException e) {
            log.error("Screening run {} could not take the lease", spec.runId(), e);
            finish(spec.runId(), "FAILED", "lease unavailable");
            return;
        }
        try {
            executeHolding(spec, holder);
        } finally {
            lease.release(holder);
        }
    }

    private void executeHolding(ScreeningSpec spec, String holder) {
        long[] last = {0};
        boolean[] lost = {false};
        ScreeningPipeline.ScreeningProgress progress = (households, changed, alerts) -> {
            long nowMs = System.currentTimeMillis();
            if (nowMs - last[0] >= PROGRESS_EVERY_MS) {
                last[0] = nowMs;
                lost[0] |= !lease.renew(holder);
            }
        };
        long started = System.nanoTime();
        try {
            PolicyParameters current = parameters.fresh();
            ScreeningPipeline.ScreeningCounts counts = new ScreeningPipeline(
                            dataSource, facts, current, spec, workers, progress, ScreeningLease.NODE, wall)
                    .run();
            long screened = System.nanoTime();
            if (lost[0] || !lease.renew(holder)) {
                throw new IllegalStateException("screening lease lost");
            }
            AlertOutcomes stage = outcomes.getIfAvailable();
            AlertOutcomes.Acted acted = stage == null
                    ? AlertOutcomes.Acted.NONE
                    : stage.actOn(spec.runId(), () -> {
                        if (!lease.renew(holder)) {
                            throw new IllegalStateException("screening lease lost");
                        }
                    });
            finish(spec.runId(), "DONE", null);
            log.info(
                    "Screening run {} done (this execution): {} households, {} changed, {} alerts in {} ms; outcomes: {} granted, {}"
                            + " reviews, {} left open after a failure, in {} ms",
                    spec.runId(),
                    counts.households(),
                    counts.changed(),
                    counts.alerts(),
                    (screened - started) / 1_000_000,
                    acted.granted(),
                    acted.reviews(),
                    acted.failed(),
                    (System.nanoTime() - screened) / 1_000_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            finish(spec.runId(), "FAILED", "interrupted");
        } catch (RuntimeException e) {
            log.error("Screening run {} failed", spec.runId(), e);
            String why = e.getClass().getSimpleName();
            finish(spec.runId(), "FAILED", why.length() > 200 ? why.substring(0, 200) : why);
        }
    }

    private void finish(String id, String status, String error) {
        if (runs.finish(id, ScreeningLease.NODE, status, error, clock.now()) == 0) {
            log.warn("Screening run {} was not ended {}: another node took it over or it had ended", id, status);
        }
    }

    @Override
    public void destroy() throws InterruptedException {
        executor.shutdownNow();
        executor.awaitTermination(5, TimeUnit.SECONDS);
    }
}
