package cq.assist.core.monitoring;

import org.apache.ibatis.annotations.Mapper;

/** Households under monitoring, one row per household. */
@Mapper
interface MonitoredHouseholdMapper {

    /** Starts (or renews, for a later application) the monitoring of a household. */
    void upsert(MonitoredHouseholdRow row);

    MonitoredHouseholdRow selectByHousehold(String householdKey);

    /** The monitored households whose application lists the person (blind index of the ID number). */
    java.util.List<MemberInHousehold> selectByMember(String idNumberHash);

    /** New sealed facts; the baseline result is stored when the household has none yet. */
    int updateFacts(
            @org.apache.ibatis.annotations.Param("householdKey") String householdKey,
            @org.apache.ibatis.annotations.Param("factsEnc") byte[] factsEnc,
            @org.apache.ibatis.annotations.Param("baseline") String baseline);
}
