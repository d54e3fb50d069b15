package cq.assist.core.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ApplicationStatsTest {

    @Test
    void percentilesUseTheNearestRank() {
        List<Integer> days = List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);

        assertThat(ApplicationStats.percentile(days, 50)).isEqualTo(5);
        assertThat(ApplicationStats.percentile(days, 90)).isEqualTo(9);
        assertThat(ApplicationStats.percentile(List.of(7), 90)).isEqualTo(7);
        assertThat(ApplicationStats.percentile(List.of(), 50)).isNull();
    }

    @Test
    void theHistogramGivesTheSamePercentilesAsTheSortedCases() {
        java.util.Random random = new java.util.Random(8);
        for (int round = 0; round < 200; round++) {
            List<Integer> days = new java.util.ArrayList<>();
            java.util.TreeMap<Integer, Long> histogram = new java.util.TreeMap<>();
            for (int i = 0, n = 1 + random.nextInt(300); i < n; i++) {
                int d = random.nextInt(40);
                days.add(d);
                histogram.merge(d, 1L, Long::sum);
            }
            java.util.Collections.sort(days);
            for (int p : new int[] {50, 90}) {
                int rank = (int) Math.ceil(p / 100.0 * days.size());
                assertThat(ApplicationStats.percentile(histogram, p)).isEqualTo(days.get(Math.max(0, rank - 1)));
            }
        }
    }
}
