package cq.assist.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.atomic.AtomicLong;

/** Samples the used heap ({@link MemoryMXBean}) on a daemon thread and keeps the highest value. */
final class HeapSampler {

    private final AtomicLong peak = new AtomicLong();
    private volatile boolean running = true;

    static HeapSampler start() {
        HeapSampler sampler = new HeapSampler();
        Thread thread = new Thread(sampler::loop, "heap-sampler");
        thread.setDaemon(true);
        thread.start();
        return sampler;
    }

    private void loop() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        while (running) {
            peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Stops sampling and returns the peak used heap in bytes. */
    long stop() {
        running = false;
        return peak.get();
    }
}
