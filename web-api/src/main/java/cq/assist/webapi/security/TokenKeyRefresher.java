package cq.assist.webapi.security;

import cq.assist.core.account.TokenKeys;
import cq.assist.web.security.SigningKeys;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Reads the rotated token keys ({@link TokenKeys}) into this node's {@link SigningKeys} at start and every
 * {@code assist.security.key-refresh-interval} (default 30 s): a key added on any node verifies here within one
 * interval and signs only after {@link #publishDelay()} (two intervals), so no node meets a token signed with a
 * key it does not know yet; a retired key stops verifying within one interval. No restart, nobody logged out.
 */
@Component
public class TokenKeyRefresher implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(TokenKeyRefresher.class);

    private final TokenKeys keys;
    private final SigningKeys signingKeys;
    private final Duration interval;
    private ScheduledExecutorService executor;

    TokenKeyRefresher(
            TokenKeys keys,
            SigningKeys signingKeys,
            @Value("${assist.security.key-refresh-interval:PT30S}") Duration interval) {
        this.keys = keys;
        this.signingKeys = signingKeys;
        this.interval = interval;
    }

    /** How long after its creation a new key starts signing: two refresh intervals. */
    public Duration publishDelay() {
        return interval.multipliedBy(2);
    }

    /** Re-reads the keys now. */
    public void refresh() {
        signingKeys.replaceRotated(keys.active().stream()
                .map(k -> new SigningKeys.NamedKey(k.kid(), k.secret(), k.signsFrom()))
                .toList());
    }

    private void refreshQuietly() {
        try {
            refresh();
        } catch (RuntimeException e) { // keep the keys known so far; the next round retries
            LOG.warn("Could not re-read the token keys: {}", e.toString());
        }
    }

    @Override
    public synchronized void start() {
        refreshQuietly();
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "token-key-refresh");
            thread.setDaemon(true);
            return thread;
        });
        long millis = interval.toMillis();
        executor.scheduleWithFixedDelay(this::refreshQuietly, millis, millis, TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }
}
