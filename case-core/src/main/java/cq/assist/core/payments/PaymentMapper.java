package cq.assist.core.payments;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Payment rolls and their lines; the grants in force as a read model. */
@Mapper
interface PaymentMapper {

    /** Grants paying in the month, by household, item and then newest first. */
    List<GrantInForce> selectGrantsInForce(GrantQuery query);

    /** Months ({@code yyyy-MM}) before {@code before} that have a roll of the district, newest first, at most {@code limit}. */
    List<String> selectRollMonthsBefore(
            @Param("regionCode") String regionCode, @Param("before") String before, @Param("limit") int limit);

    /**
     * The households and items ({@code householdKey/itemCode}) that have the month's own line ({@code once_key}
     * MONTH) for {@code month}, in whichever roll, in the region (prefix pattern).
     */
    List<String> selectPaidHouseholdItems(@Param("regionPrefix") String regionPrefix, @Param("month") String month);

    /** Throws {@code DuplicateKeyException} when the district has a roll of that month. */
    void insertRoll(RollRow row);

    /**
     * Inserts lines; returns rows inserted. Throws {@code DuplicateKeyException} when a household, item and month
     * is on a roll already ({@code uk_payment_line_once}): the caller filtered those out, so only a roll built
     * at the same moment can have paid it (nothing is skipped silently).
     */
    int insertLines(@Param("lines") List<LineRow> lines);

    /** Sets the roll's line count and total from its lines. */
    int updateRollTotals(String rollId);

    RollRow selectRoll(String id);

    List<RollRow> selectRolls(RollQuery query);

    long countRolls(RollQuery query);

    List<PaymentLine> selectLines(String rollId);

    /** Records the bank's answer for a line of that roll; 0 when the roll has no such line. */
    int updateLineReturn(LineReturn answer);

    /** Recounts paid and failed lines; RECONCILED when no line is PENDING. */
    int updateRollReconciled(@Param("rollId") String rollId, @Param("at") java.time.Instant at);

    /** Totals by month in the region (prefix pattern, or null for all), newest month first. */
    List<MonthTotal> selectTotalsByMonth(@Param("regionPrefix") String regionPrefix, @Param("limit") int limit);

    /**
     * Totals by month, item and district (the roll's region) in the region (prefix pattern on the households'
     * communities, or null for all), newest month first, then district and item; at most {@code limit} rows.
     */
    List<ItemRegionTotal> selectTotalsByItemAndRegion(
            @Param("regionPrefix") String regionPrefix, @Param("limit") int limit);

    /** Failed lines in the region (prefix pattern, or null for all), newest first. */
    List<PaymentLine> selectFailedLines(@Param("regionPrefix") String regionPrefix, @Param("limit") int limit);

    /** The roll's FAILED lines without a follow-up case, locked until the transaction ends. */
    List<FailedLine> selectFailedWithoutFollowUp(String rollId);

    /**
     * Failed lines of the district (prefix pattern) whose follow-up case was approved (pay again) and that no line
     * pays again yet, by line id; {@code amount} is the approver's amount, else the line's.
     */
    List<FailedLine> selectRepaymentsDue(@Param("regionPrefix") String regionPrefix);

    /** Names the follow-up case of a failed line; 0 when it has one already. */
    int updateFollowUp(@Param("lineId") long lineId, @Param("caseId") String caseId);
}
