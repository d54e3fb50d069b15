package cq.assist.core.audit;

import cq.assist.core.common.PeriodicRound;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Verifies the audit chain on a schedule ({@code assist.audit.verify-interval}, default every hour) and on
 * demand ({@code POST /admin/audit/verify}). A broken link raises an alert: an ERROR log line with the
 * marker text {@value #ALERT} (for the log shipper's alert rule), a row in {@code audit_alert}, and, on
 * demand, an {@link AuditActions#AUDIT_VERIFY} entry with outcome FAILURE.
 */
@Component
public class AuditChainVerifier extends PeriodicRound {

    /** The text every alert log line starts with. */
    public static final String ALERT = "AUDIT CHAIN BROKEN";

    private static final Logger LOG = LoggerFactory.getLogger(AuditChainVerifier.class);

    private final AuditLog auditLog;
    private final AuditLogMapper entries;
    private final AuditProperties properties;

    AuditChainVerifier(AuditLog auditLog, AuditLogMapper entries, AuditProperties properties) {
        super("audit-chain-verifier", properties.verifyInterval(), properties.verifyInterval());
        this.auditLog = auditLog;
        this.entries = entries;
        this.properties = properties;
    }

    /**
     * Walks the whole chain now, on behalf of {@code actor} (recorded); raises the alert when it is broken.
     *
     * @return the verification
     */
    public ChainVerification verifyOnDemand(String actor, String actorRole) {
        ChainVerification result = check("ON_DEMAND");
        auditLog.record(new AuditEntry(
                actor,
                actorRole,
                AuditActions.AUDIT_VERIFY,
                "AUDIT_LOG",
                "chain",
                result.ok()
                        ? "intact: " + result.checkedEntries()
                        : "broken at " + result.brokenSeq() + ": " + result.problem(),
                null,
                result.ok() ? AuditOutcome.SUCCESS : AuditOutcome.FAILURE));
        return result;
    }

    /** One scheduled round (also callable by tests). */
    public ChainVerification verifyOnSchedule() {
        return check("SCHEDULE");
    }

    private ChainVerification check(String trigger) {
        ChainVerification result = auditLog.verifyChain();
        if (!result.ok()) {
            LOG.error(
                    "{}: {} at seq {} after {} intact entries ({})",
                    ALERT,
                    result.problem(),
                    result.brokenSeq(),
                    result.checkedEntries(),
                    trigger);
            entries.insertAlert(
                    Clock.systemUTC().instant(),
                    trigger,
                    result.problem().name(),
                    result.brokenSeq(),
                    result.checkedEntries());
        }
        return result;
    }

    @Override
    protected void runRound() {
        verifyOnSchedule();
    }
}
