package cq.assist.core.audit;

import cq.assist.core.common.DomainException;
import cq.assist.core.common.Paging;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading the audit log for the console: pages of entries, newest first, filtered by actor, action and
 * time. Each read is itself audited ({@link AuditActions#AUDIT_READ}).
 */
@Service
public class AuditTrail {

    /** The largest page. */
    public static final int MAX_SIZE = 200;

    private final AuditLogMapper entries;
    private final AuditLog log;

    AuditTrail(AuditLogMapper entries, AuditLog log) {
        this.entries = entries;
        this.log = log;
    }

    /**
     * One page of entries.
     *
     * @param page from 0 to {@value Paging#MAX_PAGE}
     * @param size 1 to {@value #MAX_SIZE}
     * @param reader the account reading, and its role, recorded as an AUDIT_READ entry
     * @throws DomainException VALIDATION naming {@code page}, {@code size} or {@code from}
     */
    @Transactional
    public Page page(AuditFilter filter, int page, int size, String reader, String readerRole) {
        Paging paging = Paging.of(page, size, MAX_SIZE);
        if (filter.from() != null && filter.to() != null && !filter.from().isBefore(filter.to())) {
            throw DomainException.invalid(List.of(new DomainException.FieldError("from", "audit.range.order")));
        }
        long total = entries.count(filter);
        List<Entry> rows = entries.selectPage(filter, size, paging.offset()).stream()
                .map(Entry::of)
                .toList();
        log.record(new AuditEntry(
                reader, readerRole, AuditActions.AUDIT_READ, "AUDIT_LOG", "page:" + page, describe(filter), null));
        return new Page(rows, total);
    }

    private static String describe(AuditFilter f) {
        return "actor=" + f.actor() + " action=" + f.action() + " from=" + f.from() + " to=" + f.to();
    }

    /** A page of entries and how many match in all. */
    public record Page(List<Entry> entries, long total) {}

    /**
     * One entry as the console shows it.
     *
     * @param outcome SUCCESS, FAILURE or DENIED; null for entries written before outcomes were recorded
     * @param clientAddress where the request came from; null when not known
     */
    public record Entry(
            long seq,
            Instant at,
            String actor,
            String role,
            String action,
            String subjectType,
            String subjectId,
            String detail,
            String outcome,
            String clientAddress) {

        static Entry of(AuditLogRow r) {
            return new Entry(
                    r.seq(),
                    r.occurredAt(),
                    r.actorAccountId(),
                    r.actorRole(),
                    r.actionCode(),
                    r.subjectType(),
                    r.subjectId(),
                    r.purpose(),
                    r.outcome(),
                    r.clientAddr());
        }
    }
}
