package cq.assist.core.audit;

import cq.assist.core.pii.PiiCipher;
import cq.assist.core.time.BusinessClock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tamper-evident audit log. Each entry stores the previous entry's hash and its own HMAC over its
 * fields and that hash, so editing, removing or reordering any entry breaks the chain; the chain head
 * row catches entries removed from the end. Appends lock the head row, so concurrent appends from any
 * node form one chain. Entry times are kept to the second: Connector/J drops milliseconds when it talks
 * to MariaDB, and the stored time must read back exactly as it was sealed.
 */
@Service
public class AuditLog {

    /** The previous hash of the first entry. */
    static final String GENESIS = "0".repeat(64);

    private static final int PAGE = 500;

    private final AuditLogMapper entries;
    private final AuditChainHeadMapper heads;
    private final PiiCipher cipher;
    private final BusinessClock clock;

    AuditLog(AuditLogMapper entries, AuditChainHeadMapper heads, PiiCipher cipher, BusinessClock clock) {
        this.entries = entries;
        this.heads = heads;
        this.cipher = cipher;
        this.clock = clock;
    }

    /**
     * Appends an entry to the chain, in the caller's transaction if there is one (so the audited access
     * and its record commit together). Returns the entry's seq.
     */
    @Transactional
    public long record(AuditEntry entry) {
        requireFields(entry);
        ChainHead head = heads.selectForUpdate();
        Instant at = clock.now().truncatedTo(ChronoUnit.SECONDS);
        String ipHash = entry.clientIp() == null ? null : cipher.blindIndex("ip:" + entry.clientIp());
        AuditLogRow unsealed = new AuditLogRow(
                null,
                head.lastSeq() + 1,
                at,
                entry.actorAccountId(),
                entry.actorRole(),
                entry.action(),
                entry.subjectType(),
                entry.subjectId(),
                entry.purpose(),
                ipHash,
                head.lastHash(),
                null);
        AuditLogRow sealed = withHash(unsealed, cipher.seal(unsealed.canonical()));
        entries.insert(sealed);
        heads.updateHead(new ChainHead(sealed.seq(), sealed.entryHash(), at));
        return sealed.seq();
    }

    /** Walks the whole chain in order and reports the first broken entry, or OK. */
    @Transactional(readOnly = true)
    public ChainVerification verifyChain() {
        String expectedPrev = GENESIS;
        long expectedSeq = 1;
        long checked = 0;
        List<AuditLogRow> page = entries.selectAfterSeq(0, PAGE);
        while (!page.isEmpty()) {
            for (AuditLogRow row : page) {
                if (row.seq() != expectedSeq || !row.prevHash().equals(expectedPrev)) {
                    return ChainVerification.broken(
                            checked, row.seq(), row.id(), ChainVerification.Problem.PREVIOUS_ENTRY_MISSING);
                }
                if (!cipher.verifySeal(row.canonical(), row.entryHash())) {
                    return ChainVerification.broken(
                            checked, row.seq(), row.id(), ChainVerification.Problem.ENTRY_ALTERED);
                }
                checked++;
                expectedSeq++;
                expectedPrev = row.entryHash();
            }
            page = entries.selectAfterSeq(expectedSeq - 1, PAGE);
        }
        return checkHead(checked, expectedSeq - 1, expectedPrev);
    }

    private ChainVerification checkHead(long checked, long lastSeq, String lastHash) {
        ChainHead head = heads.selectHead();
        if (head.lastSeq() != lastSeq || !head.lastHash().equals(lastHash)) {
            return ChainVerification.broken(checked, head.lastSeq(), null, ChainVerification.Problem.TAIL_MISSING);
        }
        return ChainVerification.intact(checked);
    }

    private static AuditLogRow withHash(AuditLogRow row, String entryHash) {
        return new AuditLogRow(
                row.id(),
                row.seq(),
                row.occurredAt(),
                row.actorAccountId(),
                row.actorRole(),
                row.actionCode(),
                row.subjectType(),
                row.subjectId(),
                row.purpose(),
                row.clientIpHash(),
                row.prevHash(),
                entryHash);
    }

    private static void requireFields(AuditEntry entry) {
        Objects.requireNonNull(entry.actorAccountId(), "actorAccountId");
        Objects.requireNonNull(entry.actorRole(), "actorRole");
        Objects.requireNonNull(entry.action(), "action");
        Objects.requireNonNull(entry.subjectType(), "subjectType");
        Objects.requireNonNull(entry.subjectId(), "subjectId");
        Objects.requireNonNull(entry.purpose(), "purpose");
    }
}
