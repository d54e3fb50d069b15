package cq.assist.webapi.dev;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cq.assist.core.time.BusinessClock;
import cq.assist.core.time.ClockOffsetStore;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Two clocks over one database stand in for two JVMs (web-api and mobile-api): what one advances the
 * other sees after a refresh, and the app's own clock sees it from its background refresh.
 */
@SpringBootTest
class SharedBusinessClockIT {

    @Autowired
    ClockOffsetStore store;

    @Autowired
    BusinessClock appClock;

    @Test
    void anotherClockSeesTheAdvanceAfterRefresh() {
        BusinessClock web = new BusinessClock(store);
        BusinessClock mobile = new BusinessClock(store);
        Duration before = mobile.offset();

        web.advance(Duration.ofHours(2));
        assertThat(mobile.offset()).isEqualTo(before);
        mobile.refresh();

        assertThat(mobile.offset()).isGreaterThanOrEqualTo(before.plusHours(2));
        assertThat(Duration.between(mobile.now(), web.now()).abs()).isLessThan(Duration.ofSeconds(1));
    }

    @Test
    void aClockBuiltLaterStartsAtTheSharedOffset() {
        BusinessClock before = new BusinessClock(store);
        before.advance(Duration.ofDays(1));

        BusinessClock restarted = new BusinessClock(store);

        assertThat(restarted.offset()).isEqualTo(store.read().orElseThrow());
        assertThat(restarted.offset()).isGreaterThanOrEqualTo(Duration.ofDays(1));
    }

    @Test
    void theAppClockPicksUpAnAdvanceWithinSeconds() {
        Duration target = appClock.offset().plusMinutes(30);

        new BusinessClock(store).advance(Duration.ofMinutes(30));

        await().atMost(Duration.ofSeconds(5)).until(() -> appClock.offset().compareTo(target) >= 0);
    }

    @Test
    void concurrentAdvancesAreNeverLost() throws InterruptedException {
        Duration start = store.read().orElseThrow();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        for (int i = 0; i < 20; i++) {
            pool.submit(() -> new BusinessClock(store).advance(Duration.ofSeconds(1)));
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

        assertThat(store.read().orElseThrow()).isGreaterThanOrEqualTo(start.plusSeconds(20));
    }
}
