package cq.assist.core.casework;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Read models of the staff side: scope checks and the dashboard. */
@Mapper
interface CaseworkMapper {

    /**
     * The steps each case of the application has reached: its open step and every step an event was
     * recorded at (one row per case and step; event steps that are no {@code Step}, such as an apply-free
     * grant's, are included and skipped by the caller).
     */
    List<StepReached> selectStepsReached(String applicationId);

    /** Applications per status; {@code region} a district or street code, or null for every region. */
    List<Count> selectApplicationsByStatus(@Param("region") String region);

    List<ItemCount> selectCasesByItemAndStatus(@Param("region") String region);

    List<Count> selectBacklogByDepartment(@Param("region") String region);

    int countOverdue(@Param("now") Instant now, @Param("region") String region);

    /**
     * Decided cases an applicant applied for, in the region (null: every region), counted per pair of
     * submission day and decision day (days in Asia/Shanghai): a bounded projection, at most one row per pair
     * of days however many cases there are.
     *
     * @param shiftMinutes minutes to add to a stored time to read it in Asia/Shanghai (see
     *     {@link #selectDatabaseLocalTime})
     */
    List<DecidedDays> selectDecidedDays(@Param("region") String region, @Param("shiftMinutes") int shiftMinutes);

    /** The database session's local time now, to learn the zone stored times are written in. */
    java.time.LocalDateTime selectDatabaseLocalTime();

    /** The cases of one community under public notice now, oldest notice first. */
    List<NoticeRow> selectPublicNotices(String communityCode);

    /**
     * One case under public notice: the household's applicant name (the notice shows it masked), its
     * members, the proposed amount, when the notice began and ends.
     */
    record NoticeRow(
            String caseId,
            String itemCode,
            String applicantName,
            Long members,
            java.math.BigDecimal amount,
            Instant noticeFrom,
            Instant noticeUntil) {}

    /** A step one case reached. */
    record StepReached(String caseId, String departmentCode, String regionCode, String step) {}

    /** How many decided cases were submitted on one day and decided on another. */
    record DecidedDays(java.time.LocalDate submittedOn, java.time.LocalDate decidedOn, long cases) {}

    /** A count per key. */
    record Count(String name, Long total) {}

    /** A count per item and status. */
    record ItemCount(String itemCode, String status, Long total) {}
}
