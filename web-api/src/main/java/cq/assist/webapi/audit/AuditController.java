package cq.assist.webapi.audit;

import cq.assist.core.audit.AuditChainVerifier;
import cq.assist.core.audit.AuditFilter;
import cq.assist.core.audit.AuditTrail;
import cq.assist.core.audit.ChainVerification;
import cq.assist.core.login.Roles;
import cq.assist.web.security.Caller;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The audit log for the console (issue 8): {@code GET /api/v1/admin/audit?page&size&actor&action&from&to}
 * lists entries newest first with {@code X-Total-Count}; {@code POST /api/v1/admin/audit/verify} walks the
 * whole hash chain now and answers {@code {ok, checkedEntries, brokenSeq, brokenId, problem}} (200 either
 * way; a broken chain also raises the alert). For administrators and security auditors; both reads are
 * themselves audited.
 */
@RestController
@PreAuthorize("hasAnyRole('ADMIN', 'AUDITOR')")
class AuditController {

    private final AuditTrail trail;
    private final AuditChainVerifier verifier;

    AuditController(AuditTrail trail, AuditChainVerifier verifier) {
        this.trail = trail;
        this.verifier = verifier;
    }

    /**
     * One page of entries.
     *
     * @param from entries at or after this time (ISO-8601 with offset)
     * @param to entries before this time (ISO-8601 with offset)
     */
    @GetMapping("/api/v1/admin/audit")
    ResponseEntity<java.util.List<EntryResponse>> list(
            Caller caller,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size,
            @RequestParam(required = false) String actor,
            @RequestParam(required = false) String action,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime to) {
        AuditTrail.Page result = trail.page(
                new AuditFilter(actor, action, instant(from), instant(to)), page, size, caller.subject(), role(caller));
        return ResponseEntity.ok()
                .header("X-Total-Count", Long.toString(result.total()))
                .body(result.entries().stream().map(EntryResponse::of).toList());
    }

    @PostMapping("/api/v1/admin/audit/verify")
    ChainVerification verify(Caller caller) {
        return verifier.verifyOnDemand(caller.subject(), role(caller));
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

    private static String role(Caller caller) {
        return caller.hasRole(Roles.AUDITOR) ? Roles.AUDITOR : Roles.ADMIN;
    }

    /**
     * One entry: {@code at} in UTC; {@code detail} is the stated purpose, reason or result; {@code outcome}
     * SUCCESS, FAILURE or DENIED (null for entries from before outcomes were kept).
     */
    record EntryResponse(
            long seq,
            OffsetDateTime at,
            String actor,
            String role,
            String action,
            String subjectType,
            String subjectId,
            String detail,
            String outcome,
            String clientAddress) {

        static EntryResponse of(AuditTrail.Entry e) {
            return new EntryResponse(
                    e.seq(),
                    e.at().atOffset(ZoneOffset.UTC),
                    e.actor(),
                    e.role(),
                    e.action(),
                    e.subjectType(),
                    e.subjectId(),
                    e.detail(),
                    e.outcome(),
                    e.clientAddress());
        }
    }
}
