package cq.assist.core.login;

import static org.assertj.core.api.Assertions.assertThat;

import cq.assist.core.fixtures.CaseFixtures;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The sweep forgets idle failure rows after 48 hours and keeps every row that still locks or guards. */
class SmsPhoneLockSweepTest {

    private final InMemorySmsCodeMapper mapper = new InMemorySmsCodeMapper();
    private final SmsPhoneLockSweep sweep = new SmsPhoneLockSweep(mapper, CaseFixtures.clock());

    @Test
    void forgetsIdleRowsAndKeepsRecentOrLockedOnes() {
        Instant now = CaseFixtures.NOW;
        Instant old = now.minus(SmsPhoneLockSweep.KEPT).minusSeconds(1);
        mapper.updatePhoneLock("idle", 3, old, null);
        mapper.updatePhoneLock("lock-over", 10, old.minus(Duration.ofHours(24)), old);
        mapper.updatePhoneLock("recent", 3, now.minus(Duration.ofHours(47)), null);
        mapper.updatePhoneLock("still-locked", 10, old, now.plus(Duration.ofHours(1)));

        assertThat(sweep.sweep()).isEqualTo(2);

        assertThat(mapper.locks).containsOnlyKeys("recent", "still-locked");
    }
}
