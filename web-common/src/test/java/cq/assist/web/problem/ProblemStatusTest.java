package cq.assist.web.problem;

import static org.assertj.core.api.Assertions.assertThat;

import cq.assist.core.common.ProblemKind;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ProblemStatusTest {

    @Test
    void everyKindHasItsOwnClientErrorStatus() {
        assertThat(Arrays.stream(ProblemKind.values()).map(ProblemStatus::of))
                .doesNotHaveDuplicates()
                .allSatisfy(status -> assertThat(status).isBetween(400, 499));
    }

    @Test
    void mapsKindsBothWays() {
        assertThat(ProblemStatus.of(ProblemKind.GONE)).isEqualTo(410);
        assertThat(ProblemStatus.kindOf(423)).contains(ProblemKind.LOCKED);
        assertThat(ProblemStatus.kindOf(500)).isEmpty();
    }
}
