package cq.assist.core.audit;

import cq.assist.core.pii.PiiCipher;
import java.time.Clock;
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
 * node form one chain. New entries (seal version 2) are sealed with the audit key ({@link AuditProperties}),
 * carry the outcome and the client address, and are timed by the UTC wall clock, which the demo clock does
 * not move. Entry times are kept to the second: Connector/J drops milliseconds when it talks to MariaDB,
 * and the stored time must read back exactly as it was sealed.
 */
@Service
public class AuditLog implements AuditRecorder {

    /** The previous hash of the first entry. */
    static final String GENESIS = "0".repeat(64);

    private static final int PAGE = 500;

    private final AuditLogMapper entries;
    private final AuditChainHeadMapper heads;
    private final PiiCipher cipher;
    private final AuditSeal seal;
    private final Clock wallClock;
    private final AuditAnchorMapper anchors;

    AuditLog(
            AuditLogMapper entries,
            AuditChainHeadMapper heads,
            PiiCipher cipher,
            AuditSeal seal,
            AuditAnchorMapper anchors) {
        this.anchors = anchors;
        this.entries = entries;
        this.heads = heads;
        this.cipher = cipher;
        this.seal = seal;
        this.wallClock = Clock.systemUTC();
    }

    /**
     * Appends an entry to the chain, in the caller's transaction if there is one (so the audited access
     * and its record commit together). Returns the entry's seq.
     */
    @Override
    @Transactional
    public long record(AuditEntry entry) {
        requireFields(entry);
        String address = entry.clientIp() != null ? entry.clientIp() : AuditContext.clientAddress();
        ChainHead head = heads.selectForUpdate();
        Instant at = wallClock.instant().truncatedTo(ChronoUnit.SECONDS);
        String ipHash = address == null ? null : cipher.blindIndex("ip:" + address);
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
                null,
                entry.outcome().name(),
                address == null ? null : address.length() > 64 ? address.substring(0, 64) : address,
                2);
        AuditLogRow sealed = unsealed.withHash(seal.seal(unsealed.canonical()));
        entries.insert(sealed);
        heads.updateHead(new ChainHead(sealed.seq(), sealed.entryHash(), at));
        return sealed.seq();
    }

    /** How many entries of this actor and action were written in the last {@code window} (wall clock). */
    @Transactional(readOnly = true)
    public int countRecent(String actor, String action, java.time.Duration window) {
        return entries.countSince(actor, action, wallClock.instant().minus(window));
    }

    /**
     * Walks the retained chain in order and reports the first broken entry, or OK. The chain starts after the
     * newest archive anchor ({@link AuditRetention}) when entries were archived, else at the first entry; an
     * anchor whose seal does not verify is itself a break (PREVIOUS_ENTRY_MISSING at the anchor's seq).
     */
    @Transactional(readOnly = true)
    public ChainVerification verifyChain() {
        String expectedPrev = GENESIS;
        long expectedSeq = 1;
        AuditAnchorMapper.AuditAnchor anchor = anchors.selectLatest().orElse(null);
        if (anchor != null) {
            if (!seal.verify(anchor.canonical(), anchor.seal())) {
                return ChainVerification.broken(
                        0, anchor.anchorSeq(), null, ChainVerification.Problem.PREVIOUS_ENTRY_MISSING);
            }
            expectedPrev = anchor.anchorHash();
            expectedSeq = anchor.anchorSeq() + 1;
        }
        long checked = 0;
        List<AuditLogRow> page = entries.selectAfterSeq(expectedSeq - 1, PAGE);
        while (!page.isEmpty()) {
            for (AuditLogRow row : page) {
                if (row.seq() != expectedSeq || !row.prevHash().equals(expectedPrev)) {
                    return ChainVerification.broken(
                            checked, row.seq(), row.id(), ChainVerification.Problem.PREVIOUS_ENTRY_MISSING);
                }
                if (!intact(row)) {
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

    /** Whether an entry's hash is the seal of its fields, under the key of its seal version. */
    boolean intact(AuditLogRow row) {
        return row.sealVersion() < 2
                ? cipher.verifySeal(row.canonical(), row.entryHash())
                : seal.verify(row.canonical(), row.entryHash());
    }

    private ChainVerification checkHead(long checked, long lastSeq, String lastHash) {
        ChainHead head = heads.selectHead();
        if (head.lastSeq() != lastSeq || !head.lastHash().equals(lastHash)) {
            return ChainVerification.broken(checked, head.lastSeq(), null, ChainVerification.Problem.TAIL_MISSING);
        }
        return ChainVerification.intact(checked);
    }

    private static void requireFields(AuditEntry entry) {
        Objects.requireNonNull(entry.actorAccountId(), "actorAccountId");
        Objects.requireNonNull(entry.actorRole(), "actorRole");
        Objects.requireNonNull(entry.action(), "action");
        Objects.requireNonNull(entry.subjectType(), "subjectType");
        Objects.requireNonNull(entry.subjectId(), "subjectId");
    }
}
