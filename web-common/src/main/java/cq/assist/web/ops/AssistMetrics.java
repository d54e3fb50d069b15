package cq.assist.web.ops;

import cq.assist.core.notify.SmsOutcome;
import cq.assist.core.operations.OperationalFigures;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.flowable.engine.ManagementService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The system's own metrics, beside Spring's HTTP request timings ({@code http.server.requests}):
 * <ul>
 *   <li>{@code assist.applications{status}}: applications per status;
 *   <li>{@code assist.tasks.open{department}}, {@code assist.tasks.overdue{department}}: open department
 *       tasks and those past due, per department code ({@code KIND@district});
 *   <li>{@code assist.jobs{state}}: the engine's async jobs ({@code executable}, {@code timer},
 *       {@code suspended}, {@code deadletter} — a dead letter needs an operator);
 *   <li>{@code assist.monitoring.runs{status}}: monitoring runs per status (none until the monitoring run
 *       table exists);
 *   <li>{@code assist.sms.sent{kind}}, {@code assist.sms.refused{kind}}: counters of texts handed to the SMS
 *       gateway or refused by a daily budget, since this node started.
 * </ul>
 * The gauges are counts read from the shared database every {@code assist.metrics.refresh} (PT30S) on a
 * background thread, so a scrape never waits on the database and every node reports the same figures.
 * No metric carries personal data.
 */
@Component
public class AssistMetrics implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(AssistMetrics.class);

    private final OperationalFigures figures;
    private final ManagementService jobs;
    private final MeterRegistry registry;
    private final Duration interval;
    private final MultiGauge applications;
    private final MultiGauge openTasks;
    private final MultiGauge overdueTasks;
    private final MultiGauge jobCounts;
    private final MultiGauge monitoringRuns;
    private ScheduledExecutorService scheduler;

    AssistMetrics(
            OperationalFigures figures,
            ManagementService jobs,
            MeterRegistry registry,
            @Value("${assist.metrics.refresh:PT30S}") Duration interval) {
        this.figures = figures;
        this.jobs = jobs;
        this.registry = registry;
        this.interval = interval;
        this.applications = MultiGauge.builder("assist.applications")
                .description("applications per status")
                .register(registry);
        this.openTasks = MultiGauge.builder("assist.tasks.open")
                .description("open department tasks per department")
                .register(registry);
        this.overdueTasks = MultiGauge.builder("assist.tasks.overdue")
                .description("open department tasks past their due time (working days) per department")
                .register(registry);
        this.jobCounts = MultiGauge.builder("assist.jobs")
                .description("async jobs of the process engine per state; deadletter jobs failed every retry")
                .register(registry);
        this.monitoringRuns = MultiGauge.builder("assist.monitoring.runs")
                .description("monitoring runs per status")
                .register(registry);
    }

    /** Counts a text sent or refused ({@link SmsOutcome} events of case-core). */
    @EventListener
    public void onSms(SmsOutcome outcome) {
        Counter.builder(outcome.sent() ? "assist.sms.sent" : "assist.sms.refused")
                .description(outcome.sent() ? "texts handed to the SMS gateway" : "texts refused by a daily budget")
                .tag("kind", outcome.kind().name())
                .register(registry)
                .increment();
    }

    /** Reads every gauge's figures from the database now (also called on the refresh schedule). */
    public void refresh() {
        applications.register(
                figures.applicationsByStatus().stream()
                        .map(c -> MultiGauge.Row.of(Tags.of("status", c.key()), c.count()))
                        .toList(),
                true);
        List<OperationalFigures.DepartmentTasks> tasks = figures.openTasksByDepartment();
        openTasks.register(
                tasks.stream()
                        .map(t -> MultiGauge.Row.of(Tags.of("department", t.department()), t.open()))
                        .toList(),
                true);
        overdueTasks.register(
                tasks.stream()
                        .map(t -> MultiGauge.Row.of(Tags.of("department", t.department()), t.overdue()))
                        .toList(),
                true);
        jobCounts.register(
                List.of(
                        MultiGauge.Row.of(
                                Tags.of("state", "executable"),
                                jobs.createJobQuery().count()),
                        MultiGauge.Row.of(
                                Tags.of("state", "timer"),
                                jobs.createTimerJobQuery().count()),
                        MultiGauge.Row.of(
                                Tags.of("state", "suspended"),
                                jobs.createSuspendedJobQuery().count()),
                        MultiGauge.Row.of(
                                Tags.of("state", "deadletter"),
                                jobs.createDeadLetterJobQuery().count())),
                true);
        monitoringRuns.register(
                figures.monitoringRunsByStatus().stream()
                        .map(c -> MultiGauge.Row.of(Tags.of("status", c.key().toUpperCase(Locale.ROOT)), c.count()))
                        .toList(),
                true);
    }

    private void refreshQuietly() {
        try {
            refresh();
        } catch (RuntimeException e) {
            LOG.warn("Metrics refresh failed: {}", e.getClass().getSimpleName());
        }
    }

    @Override
    public void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "assist-metrics");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleWithFixedDelay(this::refreshQuietly, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler = null;
        }
    }

    @Override
    public boolean isRunning() {
        return scheduler != null;
    }
}
