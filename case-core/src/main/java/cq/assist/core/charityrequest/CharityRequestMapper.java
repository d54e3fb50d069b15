package cq.assist.core.charityrequest;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Charity requests and their consents. */
@Mapper
interface CharityRequestMapper {

    /** Inserts a SUBMITTED request; the unique open key refuses a second open request to one project. */
    int insert(CharityRequestRow row);

    /** Inserts the consent of a request. */
    int insertConsent(CharityConsentRow row);

    /** One request with project and organisation names, or null. */
    CharityRequestRow selectById(String id);

    /** The requests of an application, newest first. */
    List<CharityRequestRow> selectByApplication(String applicationId);

    /** The requests made by an account (across its applications), newest first. */
    List<CharityRequestRow> selectByAccount(@Param("accountId") String accountId, @Param("limit") int limit);

    /** The requests to one organisation's projects, newest first. */
    List<CharityRequestRow> selectByOrg(@Param("orgCode") String orgCode, @Param("limit") int limit);

    /** The requests of a household that a charity accepted, oldest first. */
    List<CharityRequestRow> selectAcceptedByHousehold(String householdKey);

    /** The consent of a request, or null. */
    CharityConsentRow selectConsent(String requestId);

    /**
     * Moves a SUBMITTED request to ACCEPTED or DECLINED; returns 0 when it is no longer SUBMITTED (decided
     * or withdrawn meanwhile).
     */
    int updateDecision(
            @Param("id") String id,
            @Param("status") String status,
            @Param("amount") BigDecimal amount,
            @Param("reason") String reason,
            @Param("at") Instant at,
            @Param("by") String by);

    /** Moves a SUBMITTED request to WITHDRAWN; returns 0 when it is no longer SUBMITTED. */
    int updateWithdrawn(@Param("id") String id, @Param("at") Instant at, @Param("by") String by);

    /** Records the withdrawal of a consent; returns 0 when it was already withdrawn. */
    int updateConsentWithdrawn(@Param("requestId") String requestId, @Param("at") Instant at, @Param("by") String by);

    /** The name of a region (community) by code, or null. */
    String selectRegionName(String code);
}
