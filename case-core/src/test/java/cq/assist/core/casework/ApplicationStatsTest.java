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
}
