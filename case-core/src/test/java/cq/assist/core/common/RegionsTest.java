package cq.assist.core.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Region scope on whole codes (security review L7): district 6 digits, street 9, community 12. A short or odd
 * claim ({@code 5001}, {@code 50010}, blank) covers nothing, where a string prefix would have covered a whole
 * city's worth of districts.
 */
class RegionsTest {

    private static final String COMMUNITY = "500103001001";

    @Test
    void anOfficeRegionCoversItsOwnDistrictOrStreetOnly() {
        assertThat(Regions.covers("500103", COMMUNITY)).isTrue();
        assertThat(Regions.covers("500103001", COMMUNITY)).isTrue();
        assertThat(Regions.covers("500103", "500103")).isTrue();
        assertThat(Regions.covers("500103", "500103002")).isTrue();
        assertThat(Regions.covers("500104", COMMUNITY)).isFalse();
        assertThat(Regions.covers("500103002", COMMUNITY)).isFalse();
        assertThat(Regions.covers("500103001", "500103"))
                .as("a street does not cover its district")
                .isFalse();
    }

    @Test
    void aShortOrOddClaimCoversNothing() {
        for (String claim : new String[] {"5001", "50010", "5001030", "50010300", "", "-", "500103%", "5001030010"}) {
            assertThat(Regions.covers(claim, COMMUNITY)).as("claim '%s'", claim).isFalse();
            assertThat(Regions.covers(claim, "500103"))
                    .as("claim '%s' on a district", claim)
                    .isFalse();
        }
        assertThat(Regions.covers(null, COMMUNITY)).isFalse();
        assertThat(Regions.covers("500103", null)).isFalse();
        assertThat(Regions.covers(COMMUNITY, COMMUNITY))
                .as("a community is not an office region")
                .isFalse();
    }
}
