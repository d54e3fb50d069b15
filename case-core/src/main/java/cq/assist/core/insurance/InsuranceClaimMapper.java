package cq.assist.core.insurance;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Insurance claims. */
@Mapper
interface InsuranceClaimMapper {

    /** Inserts an offered claim; the unique trigger case refuses a second claim for one grant. */
    int insert(InsuranceClaimRow row);

    InsuranceClaimRow selectById(String id);

    /** The claims of an application, oldest first. */
    List<InsuranceClaimRow> selectByApplication(String applicationId);

    /** Moves AWAITING_CONSENT to {@code status} (FILED or CONSENT_REFUSED); 0 when no longer awaiting. */
    int updateConsent(
            @Param("id") String id, @Param("status") String status, @Param("by") String by, @Param("at") Instant at);

    /** Records the insurer's answer on a FILED claim; 0 when it is not FILED (answered before). */
    int updateAnswer(
            @Param("id") String id,
            @Param("status") String status,
            @Param("amountPaid") BigDecimal amountPaid,
            @Param("reason") String reason,
            @Param("insurerRef") String insurerRef,
            @Param("at") Instant at);

    /** The insurer took the filing. */
    int updateHanded(@Param("id") String id, @Param("at") Instant at);

    /** When the re-file sweep may first look at a claim just consented to. */
    int updateNextAttempt(@Param("id") String id, @Param("at") Instant at);

    /** FILED claims not handed over whose next attempt is due, oldest first. */
    List<InsuranceClaimRow> selectDueForRefile(@Param("now") Instant now, @Param("limit") int limit);

    /**
     * Takes one re-file attempt of a due claim (counts it, moves the next attempt to {@code until}); 0 when
     * another node took it, or it was handed over or answered meanwhile.
     */
    int updateTakeAttempt(@Param("id") String id, @Param("now") Instant now, @Param("until") Instant until);

    /** Records the medical-aid case whose amount to decide the payout lowered. */
    int updateMedicalAidCase(@Param("id") String id, @Param("caseId") String caseId);
}
