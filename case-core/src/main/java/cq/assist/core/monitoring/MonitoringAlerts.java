package cq.assist.core.monitoring;

import cq.assist.core.common.DomainException;
import cq.assist.core.common.DomainException.FieldError;
import cq.assist.core.common.Paging;
import cq.assist.core.common.ProblemKind;
import cq.assist.core.common.Regions;
import cq.assist.core.pii.Masking;
import cq.assist.core.pii.PiiCipher;
import cq.assist.core.time.BusinessClock;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading and ending monitoring alerts. Staff see the alerts of their office region (a district or street,
 * compared on whole codes by {@link Regions#covers}; a malformed region claim sees nothing), a community worker
 * those of its community; an alert outside the caller's scope does not exist for it (404). An alert ends once: resolved with a note (encrypted at rest), or turned into a follow-up review.
 */
@Service
public class MonitoringAlerts {

    /** Most alerts one page or a worker's list holds. */
    public static final int MAX_PAGE = 100;

    private static final int NOTE_MAX = 500;

    private final MonitoringAlertMapper alerts;
    private final PiiCipher cipher;
    private final BusinessClock clock;

    MonitoringAlerts(MonitoringAlertMapper alerts, PiiCipher cipher, BusinessClock clock) {
        this.alerts = alerts;
        this.cipher = cipher;
        this.clock = clock;
    }

    /**
     * One page of alerts and the total.
     *
     * @param regionCode the region asked for (within the caller's scope), or null for the whole scope
     * @param scopeRegion the caller's region (street or district code), or null for an administrator
     * @throws DomainException VALIDATION naming {@code kind}, {@code status}, {@code page} or {@code size};
     *     FORBIDDEN naming {@code regionCode} when it lies outside the caller's scope
     */
    @Transactional(readOnly = true)
    public AlertPage page(String regionCode, String kind, String status, int page, int size, String scopeRegion) {
        return page(regionCode, kind, status, null, page, size, scopeRegion);
    }

    /**
     * One page of alerts and the total, optionally only those one screening run raised.
     *
     * @param runId the run (as {@code GET /monitoring/runs/{id}} names it), or null for any run
     * @see #page(String, String, String, int, int, String)
     */
    @Transactional(readOnly = true)
    public AlertPage page(
            String regionCode, String kind, String status, String runId, int page, int size, String scopeRegion) {
        Paging paging = Paging.of(page, size, MAX_PAGE);
        checkKind(kind);
        if (status != null && !List.of("OPEN", "RESOLVED", "FOLLOW_UP").contains(status)) {
            throw DomainException.invalid(List.of(new FieldError("status", "monitoring.status.invalid")));
        }
        String region = within(regionCode, scopeRegion);
        if (scopeRegion != null && !Regions.isOfficeRegion(scopeRegion)) {
            return new AlertPage(List.of(), 0);
        }
        AlertQuery query = new AlertQuery(prefix(region), kind, status, paging.offset(), size, runId);
        return new AlertPage(alerts.selectPage(query), alerts.count(query));
    }

    /**
     * Who an alert is about, as a community worker may see it: the applicant's name and the home address,
     * both masked ({@code 卢**}, {@code 渝中区领事巷**}); nulls when the household's application is gone.
     */
    public Household household(AlertView alert) {
        return new Household(
                Masking.name(alert.applicantName()),
                alert.addressEnc() == null
                        ? null
                        : Masking.address(cipher.decrypt(
                                cq.assist.core.pii.PiiField.APPLICATION_ADDRESS,
                                alert.applicationId(),
                                alert.addressEnc())));
    }

    /** A household named for a worker, masked: {@code name} like {@code 卢**}, {@code address} down to the street. */
    public record Household(String name, String address) {}

    /** The newest alerts of a worker's community (at most {@link #MAX_PAGE}). */
    @Transactional(readOnly = true)
    public List<AlertView> ofCommunity(String communityCode) {
        if (communityCode == null) {
            return List.of();
        }
        return alerts.selectPage(new AlertQuery(communityCode, null, null, 0, MAX_PAGE));
    }

    /**
     * An alert in scope: {@code scopeRegion} a staff office region (district or street) that
     * {@link Regions#covers covers} the alert's community, or null for any; else NOT_FOUND.
     */
    @Transactional(readOnly = true)
    public AlertView inScope(String id, String scopeRegion) {
        AlertView alert = id == null ? null : alerts.selectById(id);
        if (alert == null || (scopeRegion != null && !Regions.covers(scopeRegion, alert.communityCode()))) {
            throw DomainException.notFound("monitoring.alert.notFound");
        }
        return alert;
    }

    /**
     * A community worker resolves an alert of its community with a note.
     *
     * @throws DomainException VALIDATION naming {@code note}; NOT_FOUND outside the community; CONFLICT when
     *     the alert has ended already
     */
    @Transactional
    public AlertView resolve(String id, String note, String account, String communityCode) {
        String text = note == null ? "" : note.strip();
        if (text.isEmpty() || text.length() > NOTE_MAX) {
            throw DomainException.invalid(List.of(new FieldError("note", "monitoring.note.invalid", NOTE_MAX)));
        }
        AlertView alert = id == null ? null : alerts.selectById(id);
        if (alert == null || communityCode == null || !communityCode.equals(alert.communityCode())) {
            throw DomainException.notFound("monitoring.alert.notFound");
        }
        end(new AlertResolution(
                alert.id(),
                "RESOLVED",
                account,
                clock.now(),
                cipher.encrypt(cq.assist.core.pii.PiiField.ALERT_NOTE, alert.id(), text),
                null));
        return alerts.selectById(id);
    }

    /**
     * Records that an alert became a follow-up review with these item cases; joins the caller's transaction.
     *
     * @throws DomainException CONFLICT when the alert has ended already
     */
    public void followedUp(String id, List<String> caseIds, String account) {
        end(new AlertResolution(id, "FOLLOW_UP", account, clock.now(), null, String.join(",", caseIds)));
    }

    /**
     * One page of a run's open alerts of the given kinds, by id (the outcome stage pages through a run).
     *
     * @param afterId the last id of the previous page, or null for the first page
     */
    @Transactional(readOnly = true)
    public List<AlertView> openOfRun(String runId, List<AlertKind> kinds, String afterId, int limit) {
        return alerts.selectOpenOfRun(runId, kinds.stream().map(Enum::name).toList(), afterId, limit);
    }

    /**
     * Records the item cases opened for an alert that stays open for the worker (an apply-free item granted on
     * the spot beside items the household must still apply for); joins the caller's transaction.
     */
    public void actedOn(String id, List<String> caseIds) {
        alerts.updateFollowUpCases(id, String.join(",", caseIds));
    }

    /** Open alerts by kind in the region (null: everywhere). */
    @Transactional(readOnly = true)
    public Map<String, Long> openByKind(String regionCode) {
        Map<String, Long> counts = new TreeMap<>();
        for (AlertKind kind : AlertKind.values()) {
            counts.put(kind.name(), 0L);
        }
        alerts.countOpenByKind(prefix(regionCode)).forEach(c -> counts.put(c.kind(), c.total()));
        return counts;
    }

    private void end(AlertResolution resolution) {
        if (alerts.updateResolution(resolution) != 1) {
            throw new DomainException(ProblemKind.CONFLICT, "monitoring.alert.ended");
        }
    }

    private static String within(String regionCode, String scopeRegion) {
        if (regionCode == null || regionCode.isBlank()) {
            return scopeRegion;
        }
        if (!regionCode.matches("\\d{6}(\\d{3}){0,2}")) {
            throw DomainException.invalid(List.of(new FieldError("regionCode", "monitoring.region.invalid")));
        }
        if (scopeRegion != null && !Regions.covers(scopeRegion, regionCode)) {
            throw new DomainException(ProblemKind.FORBIDDEN, "monitoring.region.outOfScope");
        }
        return regionCode;
    }

    private static String prefix(String region) {
        return region == null || ScreeningRuns.CITY.equals(region) ? null : region + "%";
    }

    private static void checkKind(String kind) {
        if (kind == null) {
            return;
        }
        try {
            AlertKind.valueOf(kind);
        } catch (IllegalArgumentException unknown) {
            throw DomainException.invalid(List.of(new FieldError("kind", "monitoring.kind.invalid")));
        }
    }

    /** One page and the total count. */
    public record AlertPage(List<AlertView> alerts, long total) {}
}
