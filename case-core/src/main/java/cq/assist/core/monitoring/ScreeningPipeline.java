package cq.assist.core.monitoring;

import cq.assist.core.rules.PolicyParameters;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;

/**
 * The bulk re-screening of monitored households, on the product's own tables: one reader streams the
 * households in scope (Connector/J streaming result set) in blocks of {@value #BLOCK}; worker threads
 * open each household's sealed snapshot, run the same {@link cq.assist.core.rules.Assessor} that decided the application with
 * the parameters in force on the screening date, compare with the stored result and work out the alerts
 * (looking up, per block, the items the changed households hold); one writer stores the changed results
 * and the alerts with batched statements, one commit per block. Only changed rows are written, except
 * that a scheduled run also moves every screened household's next review date.
 *
 * <p>Plain JDBC rather than MyBatis on purpose: a streaming cursor and JDBC batches (rewritten by the
 * driver into multi-row statements) are what make a province's households fit in a minute.
 */
final class ScreeningPipeline {

    static final int BLOCK = 1000;
    private static final int QUEUE = 8;

    private final DataSource dataSource;
    private final MonitoredFacts facts;
    private final PolicyParameters parameters;
    private final ScreeningSpec spec;
    private final int workers;
    private final ScreeningProgress progress;
    private final String owner;
    private final Clock wall;
    private final AtomicReference<Throwable> failure = new AtomicReference<>();

    ScreeningPipeline(
            DataSource dataSource,
            MonitoredFacts facts,
            PolicyParameters parameters,
            ScreeningSpec spec,
            int workers,
            ScreeningProgress progress) {
        this(dataSource, facts, parameters, spec, workers, progress, null, Clock.systemUTC());
    }

    /**
     * A pipeline whose writes also add their totals to the run row owned by {@code owner} (see
     * {@link ScreeningWriter}); a null owner writes no run row.
     */
    ScreeningPipeline(
            DataSource dataSource,
            MonitoredFacts facts,
            PolicyParameters parameters,
            ScreeningSpec spec,
            int workers,
            ScreeningProgress progress,
            String owner,
            Clock wall) {
        this.dataSource = dataSource;
        this.facts = facts;
        this.parameters = parameters;
        this.spec = spec;
        this.workers = Math.max(1, workers);
        this.progress = progress;
        this.owner = owner;
        this.wall = wall;
    }

    /** Runs to the end; returns the counts, or throws the first failure of any thread. */
    ScreeningCounts run() throws InterruptedException {
        BlockingQueue<List<MonitoredRow>> read = new ArrayBlockingQueue<>(QUEUE);
        BlockingQueue<BlockResult> done = new ArrayBlockingQueue<>(QUEUE * 2);
        Thread reader = thread("screening-read", () -> read(read));
        List<Thread> pool = new ArrayList<>();
        for (int i = 0; i < workers; i++) {
            pool.add(thread("screening-work-" + i, () -> work(read, done)));
        }
        reader.start();
        pool.forEach(Thread::start);
        ScreeningCounts counts = write(done, workers);
        reader.join();
        for (Thread t : pool) {
            t.join();
        }
        rethrow();
        return counts;
    }

    private Thread thread(String name, Task task) {
        Thread t = new Thread(
                () -> {
                    try {
                        task.run();
                    } catch (Throwable e) {
                        failure.compareAndSet(null, e);
                    }
                },
                name + "-" + spec.runId().substring(0, 8));
        t.setDaemon(true);
        return t;
    }

    private void read(BlockingQueue<List<MonitoredRow>> out) throws SQLException, InterruptedException {
        String prefix = spec.communityPrefix();
        StringBuilder sql = new StringBuilder("SELECT household_key, application_id, community_code, since, "
                + "facts_enc, last_result FROM monitored_household WHERE facts_enc IS NOT NULL");
        if (prefix != null) {
            sql.append(" AND community_code LIKE ?");
        }
        if (spec.dueBy() != null) {
            sql.append(" AND next_review_on <= ?");
        }
        List<String> keys = spec.householdKeys() == null ? null : List.copyOf(spec.householdKeys());
        if (keys != null) {
            sql.append(
                    keys.isEmpty()
                            ? " AND 1 = 0"
                            : " AND household_key IN ("
                                    + String.join(",", java.util.Collections.nCopies(keys.size(), "?")) + ")");
        }
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps =
                        c.prepareStatement(sql.toString(), ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
            int p = 1;
            if (prefix != null) {
                ps.setString(p++, prefix);
            }
            if (spec.dueBy() != null) {
                ps.setObject(p++, spec.dueBy());
            }
            if (keys != null) {
                for (String key : keys) {
                    ps.setString(p++, key);
                }
            }
            ps.setFetchSize(streaming(c) ? Integer.MIN_VALUE : BLOCK);
            try (ResultSet rs = ps.executeQuery()) {
                List<MonitoredRow> block = new ArrayList<>(BLOCK);
                while (rs.next() && failure.get() == null) {
                    block.add(new MonitoredRow(
                            rs.getString(1),
                            rs.getString(2),
                            rs.getString(3),
                            rs.getTimestamp(4).toInstant(),
                            rs.getBytes(5),
                            rs.getString(6)));
                    if (block.size() == BLOCK) {
                        out.put(block);
                        block = new ArrayList<>(BLOCK);
                    }
                }
                if (!block.isEmpty()) {
                    out.put(block);
                }
            }
        } finally {
            for (int i = 0; i < workers; i++) {
                out.put(List.of());
            }
        }
    }

    private static boolean streaming(Connection c) throws SQLException {
        return c.getMetaData()
                .getDriverName()
                .toLowerCase(java.util.Locale.ROOT)
                .contains("mysql");
    }

    private void work(BlockingQueue<List<MonitoredRow>> in, BlockingQueue<BlockResult> out) throws Exception {
        ScreeningBlock screening = new ScreeningBlock(facts, parameters, spec);
        try {
            while (true) {
                List<MonitoredRow> block = in.take();
                if (block.isEmpty()) {
                    return;
                }
                if (failure.get() != null) {
                    continue;
                }
                BlockResult result = screening.screen(block);
                if (!result.needsHoldings().isEmpty()) {
                    result = screening.withAlerts(
                            result,
                            HeldItems.read(dataSource, result.needsHoldings().keySet()));
                }
                out.put(result);
            }
        } finally {
            out.put(BlockResult.END);
        }
    }

    private ScreeningCounts write(BlockingQueue<BlockResult> in, int producers) throws InterruptedException {
        ScreeningWriter writer = new ScreeningWriter(dataSource, spec, owner, wall);
        long households = 0;
        long changed = 0;
        long alerts = 0;
        int ended = 0;
        while (ended < producers) {
            BlockResult first = in.poll(1, TimeUnit.SECONDS);
            if (first == null) {
                continue;
            }
            List<BlockResult> batch = new ArrayList<>();
            batch.add(first);
            in.drainTo(batch, 15);
            List<BlockResult> real = new ArrayList<>();
            for (BlockResult r : batch) {
                if (r == BlockResult.END) {
                    ended++;
                } else {
                    real.add(r);
                }
            }
            if (real.isEmpty() || failure.get() != null) {
                continue;
            }
            try {
                writer.write(real);
            } catch (SQLException | RuntimeException e) {
                failure.compareAndSet(null, e);
                continue;
            }
            for (BlockResult r : real) {
                households += r.households();
                changed += r.changed();
                alerts += r.alerts().size();
            }
            progress.update(households, changed, alerts);
        }
        return new ScreeningCounts(households, changed, alerts);
    }

    private void rethrow() {
        Throwable e = failure.get();
        if (e instanceof RuntimeException r) {
            throw r;
        }
        if (e instanceof Error err) {
            throw err;
        }
        if (e != null) {
            throw new IllegalStateException("screening failed", e);
        }
    }

    @FunctionalInterface
    private interface Task {
        void run() throws Exception;
    }

    /** Receives running totals after each write. */
    @FunctionalInterface
    interface ScreeningProgress {
        void update(long households, long changed, long alerts);
    }

    /** One household as read. */
    record MonitoredRow(
            String householdKey,
            String applicationId,
            String communityCode,
            java.time.Instant since,
            byte[] factsEnc,
            String lastResult) {}

    /** The totals of a run. */
    record ScreeningCounts(long households, long changed, long alerts) {}
}
