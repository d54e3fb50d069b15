package cq.assist.core.monitoring;

import org.apache.ibatis.annotations.Mapper;

/** Households under monitoring, one row per household. */
@Mapper
interface MonitoredHouseholdMapper {

    /** Starts (or renews, for a later application) the monitoring of a household. */
    void upsert(MonitoredHouseholdRow row);

    MonitoredHouseholdRow selectByHousehold(String householdKey);
}
