package cq.assist.core.reference;

import org.apache.ibatis.annotations.Mapper;

/** The change counters of cached reference data ({@code reference_version}). */
@Mapper
interface ReferenceVersionMapper {

    /** The counter of {@code name} (POLICY_PARAMETER, WORK_CALENDAR); null when the row is missing. */
    Long selectVersion(String name);

    /** Raises the counter of {@code name} by one. */
    int updateBump(String name);
}
