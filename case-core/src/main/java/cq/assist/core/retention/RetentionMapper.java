package cq.assist.core.retention;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * The statements of {@link EndedApplicationRetention}: which applications are due, and the removal of their
 * personal data table by table (each statement touches one application's rows only). Business times.
 */
@Mapper
interface RetentionMapper {

    /**
     * Up to {@code limit} applications due for anonymisation: not anonymised yet; WITHDRAWN, EXPIRED or CLOSED;
     * ended (closed, or submitted when no closing time was kept) and with no timeline or item-case event at or after
     * {@code cutoff}; no item case open or holding the household's key (granted, not ended); no grant in force or
     * ended on or after {@code cutoffDate}; no monitoring alert still OPEN.
     */
    List<String> selectDue(
            @Param("cutoff") Instant cutoff, @Param("cutoffDate") LocalDate cutoffDate, @Param("limit") int limit);

    /**
     * Claims one application for anonymisation: the same conditions as {@link #selectDue} for this id, and sets
     * {@code anonymised_at}; 1 when claimed, 0 when another node did or it is no longer due. Locks the row until
     * the transaction ends.
     */
    int claim(
            @Param("id") String id,
            @Param("cutoff") Instant cutoff,
            @Param("cutoffDate") LocalDate cutoffDate,
            @Param("at") Instant at);

    /** The applicant's name as stored. */
    String selectApplicantName(@Param("id") String id);

    /** Clears the application's personal columns and stores the masked name; returns rows changed. */
    int anonymiseApplication(@Param("id") String id, @Param("maskedName") String maskedName);

    /** Member seq, name and birth date of the application. */
    List<Member> selectMembers(@Param("applicationId") String applicationId);

    /**
     * Clears one member's personal columns (ID number and its blind index, phone and its blind index, health),
     * stores the masked name and the birth date cut to 1 January of its year.
     */
    int anonymiseMember(
            @Param("applicationId") String applicationId,
            @Param("seq") int seq,
            @Param("maskedName") String maskedName,
            @Param("birthYear") java.time.LocalDate birthYear);

    /** Stored files the application references: its ID-card photo and its home visits' photos (comma lists). */
    List<String> selectFileReferences(@Param("applicationId") String applicationId);

    /** Clears the findings, location and photo references of the application's home visits. */
    int anonymiseVisits(@Param("applicationId") String applicationId);

    /** Replaces the household's blind index (keyed hash of the applicant's ID number) in the item cases. */
    int unlinkItemCases(@Param("applicationId") String applicationId, @Param("token") String token);

    /** Replaces it in payment lines. */
    int unlinkPaymentLines(@Param("applicationId") String applicationId, @Param("token") String token);

    /** Replaces it in monitoring alerts and clears their notes. */
    int unlinkAlerts(@Param("applicationId") String applicationId, @Param("token") String token);

    /** Replaces it in charity requests. */
    int unlinkCharityRequests(@Param("applicationId") String applicationId, @Param("token") String token);

    /** Replaces it in insurance claims. */
    int unlinkInsuranceClaims(@Param("applicationId") String applicationId, @Param("token") String token);

    /** Deletes the check snapshot (incomes, assets, health of every member). */
    int deleteSnapshot(@Param("applicationId") String applicationId);

    /** Deletes the co-signing links (the tokens, encrypted). */
    int deleteTokens(@Param("applicationId") String applicationId);

    /** Deletes the in-app messages about the application (their texts may carry a reason a member wrote). */
    int deleteMessages(@Param("applicationId") String applicationId);

    /** Deletes the duplicate-check claims of the members' ID numbers (blind indexes). */
    int deleteClaims(@Param("applicationId") String applicationId);

    /** Deletes the idempotency keys of the filing (a hash of the request body, ID numbers included). */
    int deleteIdempotencyKeys(@Param("applicationId") String applicationId);

    /** Ends the monitoring of the household through this application (its facts, encrypted). */
    int deleteMonitoring(@Param("applicationId") String applicationId);

    /** Deletes one-time SMS codes issued before {@code before}. */
    int deleteSmsCodesBefore(@Param("before") Instant before);

    /** Deletes demo outbox texts handed over before {@code before}. */
    int deleteOutboxBefore(@Param("before") Instant before);

    /** Deletes send-log rows (budgets) of texts sent before {@code before}. */
    int deleteSendLogBefore(@Param("before") Instant before);

    /** A member's seq, name and birth date. */
    record Member(Integer seq, String name, java.time.LocalDate birthDate) {}
}
