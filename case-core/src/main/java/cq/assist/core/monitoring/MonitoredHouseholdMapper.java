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

    /**
     * The households a run over a region would screen (those with sealed facts), newest under monitoring first,
     * with their application's number and applicant (in full: masked by the caller).
     *
     * @param prefix a LIKE pattern of community codes ({@code 500103%}), or null for every household
     */
    java.util.List<RescreenRow> selectToRescreen(
            @org.apache.ibatis.annotations.Param("prefix") String prefix,
            @org.apache.ibatis.annotations.Param("offset") long offset,
            @org.apache.ibatis.annotations.Param("limit") int limit);

    /** How many households {@link #selectToRescreen} pages through. */
    long countToRescreen(@org.apache.ibatis.annotations.Param("prefix") String prefix);

    /** One household a run would screen, as the mapper reads it. */
    record RescreenRow(
            String householdKey,
            String applicationNo,
            String applicantName,
            String communityCode,
            java.time.Instant since,
            java.time.LocalDate nextReviewOn) {}

    /** New sealed facts; the baseline result is stored when the household has none yet. */
    int updateFacts(
            @org.apache.ibatis.annotations.Param("householdKey") String householdKey,
            @org.apache.ibatis.annotations.Param("factsEnc") byte[] factsEnc,
            @org.apache.ibatis.annotations.Param("baseline") String baseline);
}
