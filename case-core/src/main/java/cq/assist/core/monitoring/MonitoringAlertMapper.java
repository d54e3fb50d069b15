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

    /** Open alerts by kind in the region (prefix pattern, or null for all). */
    List<KindCount> countOpenByKind(String regionPrefix);

    /** One count. */
    record KindCount(String kind, long total) {}
}
