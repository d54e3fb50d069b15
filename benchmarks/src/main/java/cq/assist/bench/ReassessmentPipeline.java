package cq.assist.bench;

import cq.assist.core.rules.Assessor;
import cq.assist.core.rules.PolicyParameters;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Re-assesses every household: one reader thread streams rows (Connector/J streaming result set) in
 * blocks, worker threads map each row to a snapshot, assess it and compare the outcome hash, and one
 * writer thread stores only the changed outcomes with batched UPDATEs.
 */
final class ReassessmentPipeline {

    private static final int BLOCK = 1000;
    /** Up to this many worker blocks more go into one writer statement and commit. */
    private static final int WRITE_BLOCKS = 15;
    /**
     * Updates changed outcomes only. Every id exists, so this never inserts; unlike a batch of UPDATEs,
     * Connector/J rewrites it into one multi-row statement per batch (rewriteBatchedStatements=true).
     */
    static final String BATCHED_UPDATE = "INSERT INTO bench_household (id, last_outcome) VALUES (?, ?)"
            + " ON DUPLICATE KEY UPDATE last_outcome = VALUES(last_outcome)";

    private static final List<BenchHousehold> END = List.of();
    private static final long[] DONE = new long[0];

    private final String url;
    private final PolicyParameters parameters;
    private final LocalDate date;
    private final int workers;
    final AtomicLong processed = new AtomicLong();
    final AtomicLong changed = new AtomicLong();

    ReassessmentPipeline(String url, PolicyParameters parameters, LocalDate date, int workers) {
        this.url = url;
        this.parameters = parameters;
        this.date = date;
        this.workers = workers;
    }

    void run() throws Exception {
        BlockingQueue<List<BenchHousehold>> rows = new ArrayBlockingQueue<>(64);
        BlockingQueue<long[]> updates = new ArrayBlockingQueue<>(64);
        Thread reader = start("reader", () -> unchecked(() -> read(rows)));
        List<Thread> workerThreads = new ArrayList<>();
        for (int i = 0; i < workers; i++) {
            workerThreads.add(start("worker-" + i, () -> unchecked(() -> work(rows, updates))));
        }
        Thread writer = start("writer", () -> unchecked(() -> write(updates)));
        reader.join();
        for (Thread w : workerThreads) {
            w.join();
        }
        updates.put(DONE);
        writer.join();
    }

    private void read(BlockingQueue<List<BenchHousehold>> rows) throws Exception {
        try (Connection c = BulkReassessment.connect(url);
                Statement s = c.createStatement(ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
            s.setFetchSize(Integer.MIN_VALUE);
            try (ResultSet rs = s.executeQuery("SELECT " + BenchHousehold.COLUMNS + " FROM bench_household")) {
                List<BenchHousehold> block = new ArrayList<>(BLOCK);
                while (rs.next()) {
                    block.add(BenchHousehold.read(rs));
                    if (block.size() == BLOCK) {
                        rows.put(block);
                        block = new ArrayList<>(BLOCK);
                    }
                }
                rows.put(block);
            }
        }
        for (int i = 0; i < workers; i++) {
            rows.put(END);
        }
    }

    private void work(BlockingQueue<List<BenchHousehold>> rows, BlockingQueue<long[]> updates) throws Exception {
        for (List<BenchHousehold> block = rows.take(); block != END; block = rows.take()) {
            long[] pairs = new long[block.size() * 2];
            int n = 0;
            for (BenchHousehold h : block) {
                long outcome = OutcomeHash.of(Assessor.assess(h.toSnapshot(), parameters, date));
                if (outcome != h.lastOutcome()) {
                    pairs[n++] = h.id();
                    pairs[n++] = outcome;
                }
            }
            processed.addAndGet(block.size());
            if (n > 0) {
                updates.put(java.util.Arrays.copyOf(pairs, n));
            }
        }
    }

    private void write(BlockingQueue<long[]> updates) throws Exception {
        try (Connection c = BulkReassessment.connect(url);
                PreparedStatement ps = c.prepareStatement(BATCHED_UPDATE)) {
            c.setAutoCommit(false);
            List<long[]> batch = new ArrayList<>();
            boolean done = false;
            while (!done) {
                batch.add(updates.take());
                updates.drainTo(batch, WRITE_BLOCKS);
                for (long[] pairs : batch) {
                    if (pairs == DONE) {
                        done = true;
                    } else {
                        addPairs(ps, pairs);
                        changed.addAndGet(pairs.length / 2);
                    }
                }
                batch.clear();
                ps.executeBatch();
                c.commit();
            }
        }
    }

    private static void addPairs(PreparedStatement ps, long[] pairs) throws SQLException {
        for (int i = 0; i < pairs.length; i += 2) {
            ps.setLong(1, pairs[i]);
            ps.setLong(2, pairs[i + 1]);
            ps.addBatch();
        }
    }

    private static Thread start(String name, Runnable body) {
        Thread thread = new Thread(body, name);
        thread.start();
        return thread;
    }

    private static void unchecked(ThrowingRunnable body) {
        try {
            body.run();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    interface ThrowingRunnable {
        void run() throws Exception;
    }

    static long singleRowUpdate(Connection c, long id, long outcome) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE bench_household SET last_outcome = ? WHERE id = ?")) {
            ps.setLong(1, outcome);
            ps.setLong(2, id);
            return ps.executeUpdate();
        }
    }
}
