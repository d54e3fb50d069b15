package cq.assist.core.account;

import cq.assist.core.time.BusinessClock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Forgets usernames that match no account a day after their last failed try ({@code login_name_lock}), every hour,
 * in a transaction of its own (never inside a login, where its range delete would contend with the logins).
 */
@Component
public class LoginNameLockSweep implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(LoginNameLockSweep.class);

    private final LoginNameLockMapper names;
    private final BusinessClock clock;
    private ScheduledExecutorService executor;

    LoginNameLockSweep(LoginNameLockMapper names, BusinessClock clock) {
        this.names = names;
        this.clock = clock;
    }

    /** Deletes the rows idle for {@link StaffLogin#NAME_LOCK_KEPT}; returns how many. */
    @Transactional
    public int sweep() {
        return names.deleteIdleBefore(clock.now().minus(StaffLogin.NAME_LOCK_KEPT));
    }

    private void sweepQuietly() {
        try {
            sweep();
        } catch (RuntimeException e) { // the next round retries
            LOG.warn("Could not sweep login_name_lock: {}", e.toString());
        }
    }

    @Override
    public synchronized void start() {
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "login-name-lock-sweep");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::sweepQuietly, 1, 60, TimeUnit.MINUTES);
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
