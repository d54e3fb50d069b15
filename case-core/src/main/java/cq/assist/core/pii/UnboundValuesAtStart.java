package cq.assist.core.pii;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * The migration step that binds old ciphertexts, run on every start (issue 7, review M10): every value of a
 * {@link PiiField} still in the form written before binding (no associated data: it would open in any row) is
 * rewritten bound to the row and column it is found in, under the active data key
 * ({@link DataKeyRotation#rebindUnbound(int)}), before the web server or the workflow engine's job executor
 * starts (it runs once every singleton exists, before the lifecycle phase). The application then refuses any
 * unbound value it meets ({@code assist.pii.accept-unbound}, default false): one found later is a copy or a
 * forgery. Idempotent and safe on several nodes at once (compare-and-set per row); a second start finds nothing.
 *
 * <p>Cost: one scan per encrypted column on every start (the first byte of each value), {@code batch} rows per
 * query. {@code assist.pii.rebind-at-start=false} turns it off (then run {@code POST
 * /api/v1/admin/data-keys/rotation} before refusing unbound values). Values that open neither way (another row's
 * bound value copied in, damaged, under a data-key version not configured here) are left as they are, counted in
 * a warning without any value, and refused when read.
 */
@Component
public class UnboundValuesAtStart implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(UnboundValuesAtStart.class);

    private final DataKeyRotation rotation;
    private final boolean enabled;
    private final int batch;

    public UnboundValuesAtStart(
            DataKeyRotation rotation,
            @Value("${assist.pii.rebind-at-start:true}") boolean enabled,
            @Value("${assist.pii.rebind-batch:500}") int batch) {
        this.rotation = rotation;
        this.enabled = enabled;
        this.batch = batch;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (enabled) {
            run();
        }
    }

    /**
     * Rewrites the unbound values bound; answers the outcome per field (see {@link
     * DataKeyRotation#rebindUnbound(int)}). A database error is logged and leaves the values as they are.
     */
    public List<DataKeyRotation.ColumnResult> run() {
        List<DataKeyRotation.ColumnResult> results;
        try {
            results = rotation.rebindUnbound(batch);
        } catch (DataAccessException e) {
            log.warn(
                    "Could not rewrite unbound encrypted values at start: {}",
                    e.getClass().getSimpleName());
            return List.of();
        }
        int moved = results.stream()
                .mapToInt(DataKeyRotation.ColumnResult::reencrypted)
                .sum();
        long left = results.stream()
                .mapToLong(DataKeyRotation.ColumnResult::remaining)
                .sum();
        if (moved > 0) {
            log.info("Bound {} encrypted values written before binding to their rows", moved);
        }
        for (DataKeyRotation.ColumnResult result : results) {
            if (result.remaining() > 0) {
                log.warn(
                        "{}.{}: {} values open neither bound to their row nor unbound; they are refused when read",
                        result.table(),
                        result.column(),
                        result.remaining());
            }
        }
        if (left == 0 && moved == 0) {
            log.debug("Every encrypted value is bound to its row");
        }
        return results;
    }
}
