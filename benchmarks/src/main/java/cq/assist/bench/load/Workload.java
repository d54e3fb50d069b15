package cq.assist.bench.load;

import cq.assist.core.household.IdNumber;
import cq.assist.core.intake.ApplicationForm;
import cq.assist.core.intake.ApplicationForms;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Applications a community worker files for single-person households of its own community (demo
 * worker 13900000001, community 500103001001): every applicant a unique, valid ID number (GB 11643) and
 * phone, each application its own uploaded ID-card photo, uploaded before the measured phases. Files
 * them closed-loop (N client threads as fast as answers come) or open-loop at a fixed arrival rate, where
 * latency counts from the planned send time (no coordinated omission). A failed request (connection
 * reset by a killed node) is retried on the next node with the same Idempotency-Key.
 */
final class Workload {

    private final List<MobileClient> nodes;
    private final List<String> photos;
    private final AtomicInteger next = new AtomicInteger();
    private final int salt;
    private final LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    final Map<String, Boolean> applicationIds = new ConcurrentHashMap<>();
    final ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
    final AtomicInteger retries = new AtomicInteger();

    Workload(List<MobileClient> nodes, List<String> photos, int salt) {
        this.nodes = nodes;
        this.photos = photos;
        this.salt = salt;
    }

    /** The i-th applicant: born on a day of 1961-1990 chosen by i and the run's salt, sequence number by i. */
    ApplicationForm form(int i) {
        int day = (salt + i / 998) % 10_900;
        LocalDate birth = LocalDate.of(1961, 1, 1).plusDays(day);
        if (!birth.plusYears(18).isBefore(today)) {
            birth = birth.minusYears(10);
        }
        String id = IdNumber.of("500103", birth, i % 998 + 1);
        String phone = String.format("135%08d", (salt * 7919L + i) % 100_000_000L);
        var person = new ApplicationForms.Person("测试" + (char) ('甲' + i % 10), id, phone);
        return ApplicationForms.single(person, photos.get(i % photos.size()));
    }

    /** Result of one phase: latencies in microseconds and the wall time of the submissions. */
    /**
     * One phase: latencies of every request (µs; open loop: from the planned send time), and of the answered and
     * of the refused or failed ones apart (an overloaded node refuses with 503 after its admission wait).
     */
    record Run(
            long[] latenciesMicros,
            long firstSendNanos,
            long lastAnswerNanos,
            int ok,
            int failed,
            long[] okMicros,
            long[] failedMicros) {

        Run(long[] latenciesMicros, long firstSendNanos, long lastAnswerNanos, int ok, int failed) {
            this(latenciesMicros, firstSendNanos, lastAnswerNanos, ok, failed, latenciesMicros, new long[0]);
        }

        double seconds() {
            return (lastAnswerNanos - firstSendNanos) / 1e9;
        }
    }

    /** {@code count} applications with {@code threads} clients, each sending its next as soon as answered. */
    Run closedLoop(int count, int threads) throws InterruptedException {
        long[] lat = new long[count];
        AtomicInteger done = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        AtomicLong first = new AtomicLong(Long.MAX_VALUE);
        AtomicLong last = new AtomicLong();
        CountDownLatch latch = new CountDownLatch(threads);
        for (int t = 0; t < threads; t++) {
            new Thread(() -> {
                        try {
                            int k;
                            while ((k = done.getAndIncrement()) < count) {
                                int i = next.getAndIncrement();
                                long start = System.nanoTime();
                                first.accumulateAndGet(start, Math::min);
                                boolean ok = send(i, i % nodes.size());
                                long end = System.nanoTime();
                                last.accumulateAndGet(end, Math::max);
                                lat[k] = (end - start) / 1000;
                                if (!ok) {
                                    failed.incrementAndGet();
                                }
                            }
                        } finally {
                            latch.countDown();
                        }
                    })
                    .start();
        }
        latch.await();
        return new Run(lat, first.get(), last.get(), count - failed.get(), failed.get());
    }

    /** {@code rate} applications a second for {@code seconds}: open loop, latency from the planned send time. */
    Run fixedRate(int rate, int seconds) throws InterruptedException {
        int count = rate * seconds;
        long[] lat = new long[count];
        boolean[] refused = new boolean[count];
        AtomicInteger failed = new AtomicInteger();
        AtomicLong last = new AtomicLong();
        CountDownLatch latch = new CountDownLatch(count);
        var pool = Executors.newFixedThreadPool(Math.min(400, rate * 3));
        long period = 1_000_000_000L / rate;
        long t0 = System.nanoTime() + 50_000_000L;
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
        AtomicInteger k = new AtomicInteger();
        ticker.scheduleAtFixedRate(
                () -> {
                    long now = System.nanoTime();
                    // send every request whose planned time has come (catches up after a pause)
                    int planned;
                    while ((planned = k.get()) < count && t0 + planned * period <= now) {
                        if (!k.compareAndSet(planned, planned + 1)) {
                            continue;
                        }
                        final int slot = planned;
                        final long due = t0 + slot * period;
                        pool.execute(() -> {
                            int i = next.getAndIncrement();
                            boolean ok = send(i, slot % nodes.size());
                            long end = System.nanoTime();
                            last.accumulateAndGet(end, Math::max);
                            lat[slot] = (end - due) / 1000;
                            if (!ok) {
                                failed.incrementAndGet();
                                refused[slot] = true;
                            }
                            latch.countDown();
                        });
                    }
                },
                0,
                Math.max(1, period / 2_000),
                TimeUnit.MICROSECONDS);
        latch.await();
        ticker.shutdownNow();
        pool.shutdownNow();
        long[] okLat = java.util.stream.IntStream.range(0, count)
                .filter(i -> !refused[i])
                .mapToLong(i -> lat[i])
                .toArray();
        long[] failedLat = java.util.stream.IntStream.range(0, count)
                .filter(i -> refused[i])
                .mapToLong(i -> lat[i])
                .toArray();
        return new Run(lat, t0, last.get(), count - failed.get(), failed.get(), okLat, failedLat);
    }

    /** Sends application i to a node; on an I/O failure retries the same key on the next nodes (3 rounds). */
    boolean send(int i, int node) {
        ApplicationForm form = form(i);
        String key = UUID.randomUUID().toString();
        for (int attempt = 0; attempt < 3 * nodes.size(); attempt++) {
            MobileClient client = nodes.get((node + attempt) % nodes.size());
            try {
                HttpResponse<String> r = client.submit(form, key).join();
                if (r.statusCode() == 201 || r.statusCode() == 200) {
                    applicationIds.put(MobileClient.json(r).get("id").asString(), Boolean.TRUE);
                    return true;
                }
                failures.add(r.statusCode() + " " + r.body());
                return false;
            } catch (RuntimeException io) { // connection refused/reset: the node died
                retries.incrementAndGet();
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
        }
        failures.add("no node answered: application " + i);
        return false;
    }

    /** Percentile (0-100) of the sorted values. */
    static long percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int idx = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, idx))];
    }

    static long[] sorted(long[] values) {
        long[] copy = Arrays.copyOf(values, values.length);
        Arrays.sort(copy);
        return copy;
    }

    static List<String> firstFailures(Workload w, int n) {
        List<String> out = new ArrayList<>();
        for (String f : w.failures) {
            if (out.size() >= n) {
                break;
            }
            out.add(f.length() > 300 ? f.substring(0, 300) : f);
        }
        return out;
    }
}
