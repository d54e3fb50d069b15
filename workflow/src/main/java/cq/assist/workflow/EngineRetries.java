package cq.assist.workflow;

import cq.assist.core.common.DomainException;
import cq.assist.core.common.ProblemKind;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.flowable.common.engine.api.FlowableOptimisticLockingException;
import org.springframework.dao.ConcurrencyFailureException;

/**
 * Runs a whole transaction again when it lost a race (issue 8, "every engine concurrency error becomes a
 * retry or a 409 problem, never a 500"): Flowable's optimistic locking, a deadlock or lock-wait timeout
 * the database chose this transaction for, or a foreign key that vanished under a concurrent engine
 * change. The work must be a complete transaction (it is rolled back before the next try) and must check
 * its preconditions again, so a retry either applies or is refused cleanly. After {@value #ATTEMPTS}
 * tries the caller gets CONFLICT ({@code problem.concurrent}).
 */
public final class EngineRetries {

    /** Tries in all. */
    public static final int ATTEMPTS = 5;

    private EngineRetries() {}

    /** Runs {@code transaction}, again after a concurrency failure. */
    public static <T> T run(Supplier<T> transaction) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.get();
            } catch (RuntimeException e) {
                if (!isConcurrencyFailure(e)) {
                    throw e;
                }
                if (attempt >= ATTEMPTS) {
                    throw new DomainException(ProblemKind.CONFLICT, "problem.concurrent");
                }
                pause(attempt);
            }
        }
    }

    /** Whether {@code e} (or a cause) is a lost race rather than a fault. */
    public static boolean isConcurrencyFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof FlowableOptimisticLockingException
                    || t instanceof ConcurrencyFailureException
                    || t instanceof java.sql.SQLTransactionRollbackException
                    || t instanceof java.sql.SQLIntegrityConstraintViolationException
                            && String.valueOf(t.getMessage()).contains("foreign key")) {
                return true;
            }
        }
        return false;
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(5, 20L * attempt + 10));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new DomainException(ProblemKind.CONFLICT, "problem.concurrent");
        }
    }
}
