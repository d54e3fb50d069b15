package cq.assist.core.retention;

import cq.assist.core.audit.AuditActions;
import cq.assist.core.audit.AuditEntry;
import cq.assist.core.audit.AuditRecorder;
import cq.assist.core.common.PeriodicRound;
import cq.assist.core.files.StoredFiles;
import cq.assist.core.pii.Masking;
import cq.assist.core.time.BusinessClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The retention of ended applications' personal data (issue 7, review M11; PIPL art. 19: kept no longer than
 * the purpose needs, art. 47: deleted when it is reached), run on every node every {@code
 * assist.retention.interval} (PT6H; the first round one interval after the start), at most {@code
 * assist.retention.batch} (200) applications a round, on the business clock.
 *
 * <p><b>Which applications.</b> An application is anonymised once all of these hold: its status is WITHDRAWN,
 * EXPIRED or CLOSED; it ended (its closing time, or its submission when none was kept) more than {@code
 * assist.retention.ended-applications} (P3Y) ago, and neither its timeline nor any of its item cases has an
 * event since; none of its item cases is open or holds the household's key (a grant not ended); none of its
 * grants is in force or ended less than that period ago; no monitoring alert about it is still open. So a
 * granted household keeps its data while the grant is in force (and while a follow-up review runs); once a grant
 * ended (a review ended it, {@code item_grant.ends_on}), the period runs from that day. A household refused but
 * under monitoring is monitored for the period only: anonymising its application ends that monitoring ({@code
 * monitored_household} row of this application deleted); a later application of the household starts it again.
 *
 * <p><b>What is removed</b> (one transaction per application, claimed by setting {@code anonymised_at} under the
 * same conditions, so two nodes never both do it): the applicant's ID number, phone and their blind indexes,
 * address, declared causes, narrative and ID-card photo (file deleted); each member's ID number, phone, their
 * blind indexes and health, names replaced by their masked form ({@code 张*}), birth date cut to 1 January of its
 * year; the home visits' findings, GPS position and photos (files deleted when nothing else references them); the
 * check snapshot; co-signing links; in-app messages about it; the duplicate-check claims and idempotency keys;
 * the monitoring through it. The household's blind index in item cases, payment lines, alerts (notes cleared),
 * charity requests and insurance claims is replaced by {@code anonymised:<application id>}, which names no
 * person. <b>Kept</b>, as the statistics and the archive need them: status, dates, community, the filer's
 * account id (the filer still sees the application, anonymised), item cases with their decisions, reasons and
 * amounts, grants and payment lines (amounts), the timeline (names there are masked already), SMS texts in
 * {@code application_notice} (no personal data beyond the number), relation, employment and student flags.
 * <b>Not removed</b>: {@code authorization_record} (the sealed consents with their signature images) is
 * append-only, a hardened database refuses its update and delete, and its seals are the evidence that the check
 * was consented; and {@code audit_log} (its own retention, {@code AuditRetention}).
 *
 * <p><b>SMS records.</b> Each round also deletes one-time codes ({@code sms_code}, with the IP hashes), the send
 * log that carries the SMS budgets, and the demo outbox older than {@code assist.retention.sms-records} (P30D):
 * no check reads them after 24 hours; logins and refusals stay in the audit log.
 *
 * <p>Every anonymised application and every SMS purge that deleted anything writes an audit event (actor {@code
 * system}) with the counts, never the data.
 */
@Component
public class EndedApplicationRetention extends PeriodicRound {

    /** The prefix of the value that replaces a household's blind index; the application id follows. */
    public static final String UNLINKED = "anonymised:";

    private static final Logger LOG = LoggerFactory.getLogger(EndedApplicationRetention.class);
    private static final String ACTOR = "system";

    private final RetentionMapper rows;
    private final StoredFiles storedFiles;
    private final BusinessClock clock;
    private final AuditRecorder audit;
    private final TransactionTemplate transactions;
    private final Period endedApplications;
    private final Period smsRecords;
    private final int batch;

    EndedApplicationRetention(
            RetentionMapper rows,
            StoredFiles storedFiles,
            BusinessClock clock,
            AuditRecorder audit,
            TransactionTemplate transactions,
            @Value("${assist.retention.ended-applications:P3Y}") Period endedApplications,
            @Value("${assist.retention.sms-records:P30D}") Period smsRecords,
            @Value("${assist.retention.batch:200}") int batch,
            @Value("${assist.retention.interval:PT6H}") Duration interval) {
        super("ended-application-retention", interval, interval);
        if (endedApplications.isNegative() || endedApplications.isZero() || smsRecords.isNegative()) {
            throw new IllegalArgumentException("assist.retention periods must be positive");
        }
        this.rows = rows;
        this.storedFiles = storedFiles;
        this.clock = clock;
        this.audit = audit;
        this.transactions = transactions;
        this.endedApplications = endedApplications;
        this.smsRecords = smsRecords;
        this.batch = batch;
    }

    /**
     * What one round did.
     *
     * @param applications applications anonymised
     * @param members members anonymised
     * @param files stored files deleted
     * @param smsRecords SMS codes, send-log rows and outbox texts deleted
     */
    public record Result(int applications, int members, int files, int smsRecords) {}

    /**
     * One round now, on the business clock: anonymises up to the batch of due applications (each in its own
     * transaction; one that fails is logged and left for the next round) and deletes old SMS records.
     */
    public Result run() {
        Instant now = clock.now();
        Instant cutoff = now.atZone(BusinessClock.ZONE).minus(endedApplications).toInstant();
        LocalDate cutoffDate = LocalDate.ofInstant(cutoff, BusinessClock.ZONE);
        int applications = 0;
        int members = 0;
        int files = 0;
        for (String id : rows.selectDue(cutoff, cutoffDate, batch)) {
            try {
                int[] done = transactions.execute(status -> anonymise(id, cutoff, cutoffDate, now));
                if (done != null && done[0] > 0) {
                    applications++;
                    members += done[1];
                    files += done[2];
                }
            } catch (RuntimeException e) { // the next round retries this one
                LOG.warn(
                        "Could not anonymise an ended application: {}",
                        e.getClass().getSimpleName());
            }
        }
        int sms = transactions.execute(status -> purgeSms(now));
        return new Result(applications, members, files, sms);
    }

    /** Anonymises one application if it is still due; answers {claimed (0/1), members, files}. */
    private int[] anonymise(String id, Instant cutoff, LocalDate cutoffDate, Instant now) {
        if (rows.claim(id, cutoff, cutoffDate, now) != 1) {
            return new int[] {0, 0, 0};
        }
        Set<String> fileIds = new LinkedHashSet<>();
        for (String references : rows.selectFileReferences(id)) {
            for (String fileId : references.split(",")) {
                if (!fileId.isBlank()) {
                    fileIds.add(fileId.trim());
                }
            }
        }
        rows.anonymiseApplication(id, Masking.name(rows.selectApplicantName(id)));
        List<RetentionMapper.Member> members = rows.selectMembers(id);
        for (RetentionMapper.Member m : members) {
            rows.anonymiseMember(
                    id,
                    m.seq(),
                    Masking.name(m.name()),
                    m.birthDate() == null ? null : m.birthDate().withDayOfYear(1));
        }
        int visits = rows.anonymiseVisits(id);
        int files = 0;
        for (String fileId : fileIds) {
            files += storedFiles.deleteIfUnused(fileId) ? 1 : 0;
        }
        String token = UNLINKED + id;
        int unlinked = rows.unlinkItemCases(id, token)
                + rows.unlinkPaymentLines(id, token)
                + rows.unlinkAlerts(id, token)
                + rows.unlinkCharityRequests(id, token)
                + rows.unlinkInsuranceClaims(id, token);
        List<String> counts = new ArrayList<>();
        counts.add("members " + members.size());
        counts.add("visits " + visits);
        counts.add("files " + files);
        counts.add("snapshot " + rows.deleteSnapshot(id));
        counts.add("links " + rows.deleteTokens(id));
        counts.add("messages " + rows.deleteMessages(id));
        counts.add("claims " + rows.deleteClaims(id));
        counts.add("idempotency " + rows.deleteIdempotencyKeys(id));
        counts.add("monitoring " + rows.deleteMonitoring(id));
        counts.add("unlinked rows " + unlinked);
        audit.record(new AuditEntry(
                ACTOR,
                ACTOR,
                AuditActions.ANONYMISE_APPLICATION,
                "APPLICATION",
                id,
                "retention " + endedApplications + " after the end: " + String.join(", ", counts),
                ACTOR));
        return new int[] {1, members.size(), files};
    }

    private int purgeSms(Instant now) {
        Instant before = now.atZone(BusinessClock.ZONE).minus(smsRecords).toInstant();
        int codes = rows.deleteSmsCodesBefore(before);
        int sendLog = rows.deleteSendLogBefore(before);
        int outbox = rows.deleteOutboxBefore(before);
        int total = codes + sendLog + outbox;
        if (total > 0) {
            audit.record(new AuditEntry(
                    ACTOR,
                    ACTOR,
                    AuditActions.PURGE_SMS_RECORDS,
                    "SMS_RECORDS",
                    "before " + before,
                    "retention " + smsRecords + ": codes " + codes + ", send log " + sendLog + ", outbox " + outbox,
                    ACTOR));
        }
        return total;
    }

    @Override
    protected void runRound() {
        Result result = run();
        if (result.applications() > 0 || result.smsRecords() > 0) {
            LOG.info(
                    "Retention: anonymised {} ended application(s), deleted {} file(s) and {} SMS record(s)",
                    result.applications(),
                    result.files(),
                    result.smsRecords());
        }
    }
}
