package cq.assist.core.monitoring;

import cq.assist.core.common.DomainException;
import cq.assist.core.common.DomainException.FieldError;
import cq.assist.core.common.Paging;
import cq.assist.core.pii.Masking;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The households under monitoring, as other features enrol them. Joins the caller's transaction. */
@Service
public class MonitoredHouseholds {

    private final MonitoredHouseholdMapper households;

    MonitoredHouseholds(MonitoredHouseholdMapper households) {
        this.households = households;
    }

    /** Starts (or renews, for a later application) the monitoring of a household. */
    public void enrol(MonitoredHouseholdRow household) {
        households.upsert(household);
    }

    /** The monitoring row of a household, or null when it is not monitored. */
    public MonitoredHouseholdRow find(String householdKey) {
        return households.selectByHousehold(householdKey);
    }

    /**
     * One page of the households a re-screening over a region would screen (what a new parameter version of
     * that region re-screens, {@link ScreeningRuns#startForParameter}), newest under monitoring first, with the
     * applicant's name masked, and their total.
     *
     * @param regionCode a district, street or community code, or the city ({@link ScreeningRuns#CITY}) for all
     * @param page from 0
     * @param size 1 to {@link MonitoringAlerts#MAX_PAGE}
     * @throws DomainException VALIDATION naming {@code regionCode}, {@code page} or {@code size}
     */
    @Transactional(readOnly = true)
    public RescreenPage toRescreen(String regionCode, int page, int size) {
        Paging paging = Paging.of(page, size, MonitoringAlerts.MAX_PAGE);
        String region = regionCode == null ? "" : regionCode.strip();
        if (!region.matches("\\d{6}(\\d{3}){0,2}")) {
            throw DomainException.invalid(List.of(new FieldError("regionCode", "monitoring.region.invalid")));
        }
        String prefix = ScreeningRuns.CITY.equals(region) ? null : region + "%";
        List<ToRescreen> rows = households.selectToRescreen(prefix, paging.offset(), size).stream()
                .map(r -> new ToRescreen(
                        r.householdKey(),
                        r.applicationNo(),
                        Masking.name(r.applicantName()),
                        r.communityCode(),
                        r.since(),
                        r.nextReviewOn()))
                .toList();
        return new RescreenPage(rows, households.countToRescreen(prefix));
    }

    /**
     * A household a re-screening would screen.
     *
     * @param householdKey the household's pseudonymous key
     * @param applicationNo the application that put it under monitoring (null when that row is gone)
     * @param applicantName its applicant, masked ({@code 裴**})
     * @param communityCode its community
     * @param since monitored since
     * @param nextReviewOn its next periodic review
     */
    public record ToRescreen(
            String householdKey,
            String applicationNo,
            String applicantName,
            String communityCode,
            Instant since,
            LocalDate nextReviewOn) {}

    /** One page of households and the total. */
    public record RescreenPage(List<ToRescreen> households, long total) {}
}
