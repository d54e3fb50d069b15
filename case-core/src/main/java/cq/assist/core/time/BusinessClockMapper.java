package cq.assist.core.time;

import java.time.Instant;
import org.apache.ibatis.annotations.Mapper;

/** The one row of {@code business_clock}. */
@Mapper
interface BusinessClockMapper {

    /** The shared offset in milliseconds, or null when the row is missing. */
    Long selectOffsetMs();

    /** Adds to the offset in one statement, so concurrent advances never lose one. */
    int updateAddOffset(OffsetChange change);

    /** A change of the offset and the system time it was made. */
    record OffsetChange(long deltaMs, Instant updatedAt) {}
}
