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

    /** Records the medical-aid case whose amount to decide the payout lowered. */
    int updateMedicalAidCase(@Param("id") String id, @Param("caseId") String caseId);
}
