package cq.assist.core.intake;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Rows of {@code household_claim}: which application covers each person now (V62). */
@Mapper
interface HouseholdClaimMapper {

    /** Claims a person for an application; throws a duplicate-key exception when someone holds it. */
    void insert(
            @Param("idNumberHash") String idNumberHash,
            @Param("applicationId") String applicationId,
            @Param("createBy") String createBy);

    /** The holder of a person's claim with its application number and whether it still covers. */
    ClaimHolder selectHolder(@Param("idNumberHash") String idNumberHash);

    /** Takes over a stale claim; 1 when this filing took it, 0 when another one did first. */
    int takeOver(
            @Param("idNumberHash") String idNumberHash,
            @Param("staleApplicationId") String staleApplicationId,
            @Param("applicationId") String applicationId,
            @Param("createBy") String createBy);

    /**
     * The application holding a claim.
     *
     * @param applicationId the holder
     * @param applicationNo its number, as the resident knows it
     * @param covering true while it is open (AWAITING_AUTHORIZATION, CHECKING, IN_REVIEW), or closed with an
     *     item case still open (a follow-up review) or granted with its grant in force (not ended by a review)
     */
    record ClaimHolder(String applicationId, String applicationNo, boolean covering) {}
}
