package cq.assist.core.monitoring;

import org.springframework.stereotype.Service;

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
}
