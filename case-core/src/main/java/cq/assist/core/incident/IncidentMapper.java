package cq.assist.core.incident;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Rows of {@code case_incident} (V63). */
@Mapper
interface IncidentMapper {

    void insert(IncidentRow row);

    IncidentRow selectById(@Param("id") long id);

    /** Incidents of one status, newest first, one page. */
    List<IncidentRow> selectByStatus(
            @Param("status") String status, @Param("limit") int limit, @Param("offset") long offset);

    /** OPEN incidents of an application. */
    int countOpen(@Param("applicationId") String applicationId);

    /** OPEN to RETRIED; 1 when this call changed it. */
    int markRetried(@Param("id") long id, @Param("by") String by, @Param("at") Instant at);
}
