package cq.assist.bench.load;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Summary of a JFR recording's CPU samples ({@code jdk.ExecutionSample}): the methods most often on top
 * of the stack (self), and the methods most often anywhere on the stack (total), as shares of all
 * samples. Usage: {@code java -cp benchmarks.jar cq.assist.bench.load.JfrTop x.jfr [rows] [prefix...]};
 * with prefixes, the "total" table lists only methods of classes starting with one of them.
 */
public final class JfrTop {

    private JfrTop() {}

    public static void main(String[] args) throws Exception {
        int rows = args.length > 1 ? Integer.parseInt(args[1]) : 25;
        List<String> prefixes = args.length > 2 ? List.of(args).subList(2, args.length) : List.of();
        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> total = new HashMap<>();
        int samples = 0;
        for (RecordedEvent e : RecordingFile.readAllEvents(Path.of(args[0]))) {
            if (!e.getEventType().getName().equals("jdk.ExecutionSample") || e.getStackTrace() == null) {
                continue;
            }
            samples++;
            List<RecordedFrame> frames = e.getStackTrace().getFrames();
            if (!frames.isEmpty()) {
                self.merge(name(frames.get(0)), 1, Integer::sum);
            }
            Set<String> seen = new HashSet<>();
            for (RecordedFrame f : frames) {
                String n = name(f);
                if (seen.add(n) && (prefixes.isEmpty() || prefixes.stream().anyMatch(n::startsWith))) {
                    total.merge(n, 1, Integer::sum);
                }
            }
        }
        System.out.printf("%d execution samples in %s%n%nself (top of stack):%n", samples, args[0]);
        print(self, samples, rows);
        System.out.printf("%ntotal (anywhere on the stack)%s:%n", prefixes.isEmpty() ? "" : " " + prefixes);
        print(total, samples, rows);
    }

    private static String name(RecordedFrame f) {
        return f.getMethod().getType().getName() + "." + f.getMethod().getName();
    }

    private static void print(Map<String, Integer> counts, int samples, int rows) {
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(rows)
                .forEach(e -> System.out.printf("%6.1f %%  %s%n", 100.0 * e.getValue() / samples, e.getKey()));
    }
}
