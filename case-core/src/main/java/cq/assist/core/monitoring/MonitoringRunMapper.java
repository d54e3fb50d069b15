package cq.assist.core.monitoring;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Screening runs ({@code monitoring_run}). */
@Mapper
interface MonitoringRunMapper {

    void insert(RunRow row);

    RunRow selectById(String id);

    /** The newest runs first. */
    List<RunRow> selectRecent(@Param("offset") int offset, @Param("limit") int limit);

    long countAll();

    /** Running totals and, when {@code status} is not RUNNING, the end. */
    int updateCounts(RunRow row);
}
