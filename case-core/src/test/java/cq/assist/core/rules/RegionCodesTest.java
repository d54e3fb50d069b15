package cq.assist.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Whole region codes of any level (security review L7), as the charity matcher compares them. */
class RegionCodesTest {

    private static final String COMMUNITY = "500103001001";

    @Test
    void withinComparesWholeCodesOfAnyLevel() {
        assertThat(RegionCodes.within("500103", COMMUNITY)).isTrue();
        assertThat(RegionCodes.within("500103001", COMMUNITY)).isTrue();
        assertThat(RegionCodes.within(COMMUNITY, COMMUNITY)).isTrue();
        assertThat(RegionCodes.within("500103001002", COMMUNITY)).isFalse();
        assertThat(RegionCodes.within("500103001", "500103")).isFalse();
        for (String odd : new String[] {"5001", "50010300", "5001030010", "", "500103%"}) {
            assertThat(RegionCodes.within(odd, COMMUNITY))
                    .as("region '%s'", odd)
                    .isFalse();
        }
        assertThat(RegionCodes.within(null, COMMUNITY)).isFalse();
        assertThat(RegionCodes.within("500103", null)).isFalse();
    }
}
