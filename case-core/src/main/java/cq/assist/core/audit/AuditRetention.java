package cq.assist.core.audit;

import cq.assist.core.audit.AuditAnchorMapper.AuditAnchor;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Audit retention (等保 level 3, CSL art. 21: at least six months). Entries younger than
 * {@code assist.audit.retention-days} (never fewer than 180, {@link AuditProperties}) are never deleted: the
 * cutoff is computed from the UTC wall clock, only a prefix of the chain older than the cutoff is taken, and the
 * delete statement repeats {@code occurred_at < cutoff}.
 *
 * <p>Older entries are archived before they leave {@code audit_log}: the chain part is verified (seals and
 * links, from the previous anchor), written as JSON lines to {@code assist.audit.archive-dir} (a header line
 * naming the previous anchor, then one line per entry with every sealed field and its hash; written to a
 * temporary file and moved into place), and an anchor row records the last archived entry's seq and hash, the
 * file's name and SHA-256, sealed with the audit key. The verifier then walks the retained chain from the newest
 * anchor ({@link AuditLog#verifyChain}), and an archive verifies on its own from the anchor before it
 * ({@link #verifyArchive}). A broken chain is never archived: the run stops and raises the verifier's alert.
 *
 * <p>Runs every {@code assist.audit.archive-interval} (default daily) on a node where {@code archive-dir} is set;
 * that node's database user needs DELETE on {@code audit_log} and INSERT on {@code audit_anchor} (README). With
 * no archive directory nothing is ever removed. Archives go to WORM or off-host storage by the operators' copy
 * job; the anchor's SHA-256 proves the copy.
 */
@Service
public class AuditRetention implements SmartLifecycle {

    /** Most entries one run archives (one file, one transaction). */
    static final int MAX_PER_RUN = 50_000;

    private static final Logger LOG = LoggerFactory.getLogger(AuditRetention.class);
    private static final int PAGE = 1_000;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final AuditAnchorMapper anchors;
    private final AuditLogMapper entries;
    private final AuditLog log;
    private final AuditSeal seal;
    private final AuditProperties properties;
    private final Clock wallClock = Clock.systemUTC();
    private ScheduledExecutorService executor;

    AuditRetention(
            AuditAnchorMapper anchors,
            AuditLogMapper entries,
            AuditLog log,
            AuditSeal seal,
            AuditProperties properties) {
        this.anchors = anchors;
        this.entries = entries;
        this.log = log;
        this.seal = seal;
        this.properties = properties;
    }

    /** What one run did. */
    public record Result(long archived, Long anchorSeq, String archiveName, boolean chainBroken) {

        static Result nothing() {
            return new Result(0, null, null, false);
        }
    }

    /**
     * One run now: archives and removes the entries older than the retention counted back from the UTC wall
     * clock, at most {@value #MAX_PER_RUN}. The schedule calls this; it is the only public way in, so no caller
     * can move the cutoff.
     */
    @Transactional
    public Result archiveNow() {
        return archive(wallClock.instant(), requireDir());
    }

    /**
     * The run, counted back from {@code now}: package-private so a test in this package can stand at a later
     * day (the one way an entry is ever older than six months in a test).
     */
    @Transactional
    Result archive(Instant now, Path dir) {
        Instant cutoff = now.minus(properties.retention()).truncatedTo(ChronoUnit.SECONDS);
        AuditAnchor previous = anchors.selectLatest().orElse(null);
        long afterSeq = previous == null ? 0 : previous.anchorSeq();
        String prevHash = previous == null ? AuditLog.GENESIS : previous.anchorHash();
        Long firstYoung = anchors.selectFirstSeqAtOrAfter(cutoff);
        long upTo = firstYoung == null ? newestSeq(afterSeq) : firstYoung - 1;
        upTo = Math.min(upTo, afterSeq + MAX_PER_RUN);
        if (upTo <= afterSeq) {
            return Result.nothing();
        }
        List<AuditLogRow> rows = new ArrayList<>();
        String expectedPrev = prevHash;
        long expectedSeq = afterSeq + 1;
        for (long from = afterSeq; from < upTo; ) {
            List<AuditLogRow> page = anchors.selectRange(from, upTo, PAGE);
            if (page.isEmpty()) {
                break;
            }
            for (AuditLogRow row : page) {
                if (row.seq() != expectedSeq
                        || !row.prevHash().equals(expectedPrev)
                        || !log.intact(row)
                        || !row.occurredAt().isBefore(cutoff)) {
                    LOG.error("{}: retention stopped at seq {}, nothing archived", AuditChainVerifier.ALERT, row.seq());
                    entries.insertAlert(wallClock.instant(), "RETENTION", "ENTRY_ALTERED", row.seq(), rows.size());
                    return new Result(0, null, null, true);
                }
                rows.add(row);
                expectedSeq++;
                expectedPrev = row.entryHash();
            }
            from = page.get(page.size() - 1).seq();
        }
        if (rows.isEmpty() || rows.get(rows.size() - 1).seq() != upTo) {
            entries.insertAlert(wallClock.instant(), "RETENTION", "PREVIOUS_ENTRY_MISSING", expectedSeq, rows.size());
            return new Result(0, null, null, true);
        }
        AuditLogRow last = rows.get(rows.size() - 1);
        String name = "audit-" + rows.get(0).seq() + "-" + last.seq() + ".jsonl";
        String sha256 = write(dir, name, afterSeq, prevHash, rows);
        AuditAnchor anchor = new AuditAnchor(
                null,
                last.seq(),
                last.entryHash(),
                rows.get(0).seq(),
                rows.size(),
                last.occurredAt(),
                wallClock.instant().truncatedTo(ChronoUnit.SECONDS),
                name,
                sha256,
                null);
        anchors.insert(anchor.withSeal(seal.seal(anchor.canonical())));
        long deleted = 0;
        for (long from = afterSeq; from < upTo; from += PAGE) {
            deleted += anchors.deleteArchived(from, Math.min(upTo, from + PAGE), cutoff);
        }
        if (deleted != rows.size()) {
            throw new IllegalStateException("deleted " + deleted + " of " + rows.size() + " archived entries");
        }
        LOG.info(
                "Audit retention: archived entries {}..{} ({}) to {}",
                rows.get(0).seq(),
                last.seq(),
                deleted,
                name);
        return new Result(deleted, last.seq(), name, false);
    }

    /**
     * Verifies one archive file on its own: its header names the anchor before it, every entry links to the one
     * before and its seal verifies, and the last hash is {@code expectedLastHash} (the anchor's).
     *
     * @return true when the archive is intact
     */
    public boolean verifyArchive(Path file, String expectedLastHash) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.isEmpty()) {
                return false;
            }
            Map<?, ?> header = JSON.readValue(lines.get(0), Map.class);
            String prev = String.valueOf(header.get("previousAnchorHash"));
            long seq = ((Number) header.get("previousAnchorSeq")).longValue();
            for (String line : lines.subList(1, lines.size())) {
                AuditLogRow row = fromJson(JSON.readValue(line, Map.class));
                if (row.seq() != seq + 1 || !row.prevHash().equals(prev) || !log.intact(row)) {
                    return false;
                }
                seq = row.seq();
                prev = row.entryHash();
            }
            return prev.equals(expectedLastHash);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The newest entry's seq (every entry is older than the cutoff), looked up within {@value #MAX_PER_RUN}. */
    private long newestSeq(long afterSeq) {
        long last = afterSeq;
        for (List<AuditLogRow> page = entries.selectAfterSeq(afterSeq, PAGE);
                !page.isEmpty() && last - afterSeq < MAX_PER_RUN;
                page = entries.selectAfterSeq(last, PAGE)) {
            last = page.get(page.size() - 1).seq();
        }
        return last;
    }

    private static String write(Path dir, String name, long afterSeq, String prevHash, List<AuditLogRow> rows) {
        try {
            Files.createDirectories(dir);
            Path temp = Files.createTempFile(dir, name, ".part");
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            try (BufferedWriter out = new BufferedWriter(new OutputStreamWriter(
                    new DigestOutputStream(Files.newOutputStream(temp), sha), StandardCharsets.UTF_8))) {
                Map<String, Object> header = new LinkedHashMap<>();
                header.put("format", "assist-audit-archive-v1");
                header.put("previousAnchorSeq", afterSeq);
                header.put("previousAnchorHash", prevHash);
                out.write(JSON.writeValueAsString(header));
                out.newLine();
                for (AuditLogRow row : rows) {
                    out.write(JSON.writeValueAsString(toJson(row)));
                    out.newLine();
                }
            }
            Files.move(temp, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return HexFormat.of().formatHex(sha.digest());
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the audit archive " + name, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> toJson(AuditLogRow row) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("seq", row.seq());
        m.put("occurredAtMillis", row.occurredAt().toEpochMilli());
        m.put("actorAccountId", row.actorAccountId());
        m.put("actorRole", row.actorRole());
        m.put("actionCode", row.actionCode());
        m.put("subjectType", row.subjectType());
        m.put("subjectId", row.subjectId());
        m.put("purpose", row.purpose());
        m.put("clientIpHash", row.clientIpHash());
        m.put("prevHash", row.prevHash());
        m.put("entryHash", row.entryHash());
        m.put("outcome", row.outcome());
        m.put("clientAddr", row.clientAddr());
        m.put("sealVersion", row.sealVersion());
        return m;
    }

    private static AuditLogRow fromJson(Map<?, ?> m) {
        return new AuditLogRow(
                null,
                ((Number) m.get("seq")).longValue(),
                Instant.ofEpochMilli(((Number) m.get("occurredAtMillis")).longValue()),
                (String) m.get("actorAccountId"),
                (String) m.get("actorRole"),
                (String) m.get("actionCode"),
                (String) m.get("subjectType"),
                (String) m.get("subjectId"),
                (String) m.get("purpose"),
                (String) m.get("clientIpHash"),
                (String) m.get("prevHash"),
                (String) m.get("entryHash"),
                (String) m.get("outcome"),
                (String) m.get("clientAddr"),
                ((Number) m.get("sealVersion")).intValue());
    }

    private Path requireDir() {
        if (properties.archiveDir() == null) {
            throw new IllegalStateException("assist.audit.archive-dir is not set");
        }
        return Path.of(properties.archiveDir());
    }

    private void runQuietly() {
        try {
            archiveNow();
        } catch (RuntimeException e) { // keep the schedule; the next run retries
            LOG.warn("Audit retention run failed: {}", e.toString());
        }
    }

    @Override
    public synchronized void start() {
        if (properties.archiveDir() == null) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "audit-retention");
            thread.setDaemon(true);
            return thread;
        });
        long millis = properties.archiveInterval().toMillis();
        executor.scheduleWithFixedDelay(this::runQuietly, millis, millis, TimeUnit.MILLISECONDS);
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
