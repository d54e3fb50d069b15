package cq.assist.core.monitoring;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;

/** Monitoring alerts ({@code monitoring_alert}), newest first. */
@Mapper
interface MonitoringAlertMapper {

    List<AlertView> selectPage(AlertQuery query);

    long count(AlertQuery query);

    AlertView selectById(String id);

    /** Ends an OPEN alert; 0 when it is no longer open. */
    int updateResolution(AlertResolution resolution);

    /** Raises one alert. */
    void insert(AlertRow row);

    /** Open alerts of a run of the given kinds with an id after {@code afterId} (null: from the first), by id. */
    List<AlertView> selectOpenOfRun(
            @org.apache.ibatis.annotations.Param("runId") String runId,
            @org.apache.ibatis.annotations.Param("kinds") List<String> kinds,
            @org.apache.ibatis.annotations.Param("afterId") String afterId,
            @org.apache.ibatis.annotations.Param("limit") int limit);

    /** Records the item cases that acted on an alert without ending it. */
    int updateFollowUpCases(
            @org.apache.ibatis.annotations.Param("id") String id,
            @org.apache.ibatis.annotations.Param("cases") String cases);

    /** Open alerts by kind in the region (prefix pattern, or null for all). */
    List<KindCount> countOpenByKind(String regionPrefix);

    /** One count. */
    record KindCount(String kind, long total) {}
}
