package cq.assist.core.itemcase;

import java.time.LocalDate;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Ends the grants in force of one item of one household ({@code item_grant.ends_on}). */
@Mapper
interface GrantEndingMapper {

    /** Sets {@code ends_on} on the household's granted cases of that item not ended yet; returns how many. */
    int updateEnd(
            @Param("householdKey") String householdKey,
            @Param("itemCode") String itemCode,
            @Param("endsOn") LocalDate endsOn);

    /**
     * Releases the household key ({@code active_key}) of the household's granted cases of that item whose grant
     * has ended; returns how many.
     */
    int updateReleaseEndedKeys(@Param("householdKey") String householdKey, @Param("itemCode") String itemCode);
}
