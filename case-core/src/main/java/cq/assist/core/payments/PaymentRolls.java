package cq.assist.core.payments;

import cq.assist.core.common.DomainException;
import cq.assist.core.common.DomainException.FieldError;
import cq.assist.core.common.Paging;
import cq.assist.core.common.ProblemKind;
import cq.assist.core.common.Regions;
import cq.assist.core.rules.ItemCode;
import cq.assist.core.time.BusinessClock;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds and reads the monthly payment rolls of a district (次月发放, policy-facts "After the decision").
 * A roll holds every cash grant in force that month in the district: a monthly item from the month after
 * its decision (the grant's {@code starts_on}) until a review ends it ({@code ends_on}), any other item
 * granted with an amount (temporary aid, disaster relief) once, in its first month; when a household has two grants of one item in force (a review granted a new
 * amount), the newest pays. Exactly once per household, item and month: the database's unique key decides,
 * also across rolls, and a second roll of the same month and district is a CONFLICT. A line the bank returned
 * as failed and whose follow-up case the district approved (pay again) is paid once more in the next roll the
 * district builds (补发): a line of that roll's month that names the failed line, for the approver's amount;
 * exactly once per failed line (the unique key's {@code once_key} is {@code REPAY:<line id>}).
 *
 * <p>Arrears (补发): a grant decided after the roll of its first month was built (a roll may be built for next
 * month), or a month a household was left off for any other reason, is paid in the next roll the district
 * builds: for each of the district's earlier rolls (the last {@value #ARREARS_MONTHS}), every grant that was in
 * force that month and has no line of that month yet gets one, carrying that month ({@code pay_month}) in this
 * roll; the bank file names it as a re-payment of that month. The month's own line is still one per household,
 * item and month (the same unique key), so a month is never paid twice, whichever roll pays it.
 */
@Service
public class PaymentRolls {

    /** Most rolls one page holds. */
    public static final int MAX_PAGE_SIZE = 100;

    private static final int CHUNK = 1000;
    private static final String MONTH = "MONTH";
    private static final String REPAY = "REPAY:";
    /** How many earlier rolls of the district a new roll looks back through for missed months. */
    static final int ARREARS_MONTHS = 12;

    private final PaymentMapper payments;
    private final BusinessClock clock;

    PaymentRolls(PaymentMapper payments, BusinessClock clock) {
        this.payments = payments;
        this.clock = clock;
    }

    /**
     * Builds the roll of {@code month} for district {@code regionCode}.
     *
     * @param month {@code yyyy-MM}, at most next month
     * @param scopeRegion the caller's district, or null for an administrator
     * @throws DomainException VALIDATION naming {@code month} or {@code regionCode}; FORBIDDEN naming a
     *     district outside the caller's; CONFLICT when that district has a roll of that month
     */
    @Transactional
    public RollRow build(String month, String regionCode, String scopeRegion, String account) {
        YearMonth ym = monthOf(month);
        if (regionCode == null || !regionCode.matches("\\d{6}") || regionCode.endsWith("0000")) {
            throw DomainException.invalid(List.of(new FieldError("regionCode", "payments.region.district")));
        }
        if (scopeRegion != null && !scopeRegion.equals(regionCode)) {
            throw new DomainException(ProblemKind.FORBIDDEN, "payments.region.outOfScope");
        }
        String id = UUID.randomUUID().toString();
        try {
            payments.insertRoll(new RollRow(
                    id, ym.toString(), regionCode, "BUILT", 0, BigDecimal.ZERO, 0, 0, account, clock.now(), null));
        } catch (DuplicateKeyException exists) {
            throw new DomainException(ProblemKind.CONFLICT, "payments.roll.exists", ym.toString(), regionCode);
        }
        List<LineRow> lines = linesOf(id, ym, regionCode);
        try {
            for (int from = 0; from < lines.size(); from += CHUNK) {
                payments.insertLines(lines.subList(from, Math.min(lines.size(), from + CHUNK)));
            }
        } catch (DuplicateKeyException paidMeanwhile) {
            // another roll of the district, built at the same moment, paid one of the same missed months
            throw new DomainException(ProblemKind.CONFLICT, "payments.roll.concurrent", regionCode);
        }
        payments.updateRollTotals(id);
        return payments.selectRoll(id);
    }

    private List<LineRow> linesOf(String rollId, YearMonth month, String district) {
        List<String> monthly = new ArrayList<>();
        List<String> once = new ArrayList<>();
        for (ItemCode code : ItemCode.values()) {
            if (code.amountUnit() == ItemCode.AmountUnit.YUAN_MONTH) {
                monthly.add(code.name());
            } else {
                once.add(code.name());
            }
        }
        List<LineRow> lines = new ArrayList<>();
        monthLines(rollId, month, district, monthly, once, Set.of(), lines);
        for (String earlier : payments.selectRollMonthsBefore(district, month.toString(), ARREARS_MONTHS)) {
            Set<String> paid = new HashSet<>(payments.selectPaidHouseholdItems(district + "%", earlier));
            monthLines(rollId, YearMonth.parse(earlier), district, monthly, once, paid, lines);
        }
        for (FailedLine f : payments.selectRepaymentsDue(district + "%")) {
            lines.add(new LineRow(
                    rollId,
                    month.toString(),
                    f.householdKey(),
                    f.itemCode(),
                    f.caseId(),
                    f.applicationId(),
                    f.communityCode(),
                    f.amount(),
                    REPAY + f.lineId(),
                    f.lineId()));
        }
        return lines;
    }

    /**
     * Adds to {@code lines} the month's own line of every grant in force in {@code month} in the district (the
     * newest grant of a household's item), skipping the households and items in {@code paid}; the line carries
     * {@code month}, in roll {@code rollId} (an earlier month's line there is an arrears line).
     */
    private void monthLines(
            String rollId,
            YearMonth month,
            String district,
            List<String> monthly,
            List<String> once,
            Set<String> paid,
            List<LineRow> lines) {
        List<GrantInForce> grants = payments.selectGrantsInForce(
                new GrantQuery(district + "%", month.atDay(1), month.atEndOfMonth(), monthly, once));
        String last = null;
        for (GrantInForce g : grants) {
            String householdItem = g.householdKey() + "/" + g.itemCode();
            if (householdItem.equals(last)) {
                continue;
            }
            last = householdItem;
            if (paid.contains(householdItem)) {
                continue;
            }
            lines.add(new LineRow(
                    rollId,
                    month.toString(),
                    g.householdKey(),
                    g.itemCode(),
                    g.caseId(),
                    g.applicationId(),
                    g.communityCode(),
                    g.amount(),
                    MONTH,
                    null));
        }
    }

    /** A roll in the caller's district (null: any), else NOT_FOUND. */
    @Transactional(readOnly = true)
    public RollRow roll(String id, String scopeRegion) {
        RollRow roll = id == null ? null : payments.selectRoll(id);
        if (roll == null || (scopeRegion != null && !Regions.covers(scopeRegion, roll.regionCode()))) {
            throw DomainException.notFound("payments.roll.notFound");
        }
        return roll;
    }

    /** The lines of a roll in scope, by line id. */
    @Transactional(readOnly = true)
    public List<PaymentLine> lines(String rollId, String scopeRegion) {
        return payments.selectLines(roll(rollId, scopeRegion).id());
    }

    /**
     * One page of rolls, newest month first, and the total.
     *
     * @throws DomainException VALIDATION naming {@code month}, {@code regionCode}, {@code page} or
     *     {@code size}; FORBIDDEN when the region lies outside the caller's
     */
    @Transactional(readOnly = true)
    public RollPage list(String month, String regionCode, int page, int size, String scopeRegion) {
        Paging paging = Paging.of(page, size, MAX_PAGE_SIZE);
        String m = month == null || month.isBlank() ? null : monthOf(month).toString();
        String region = regionCode == null || regionCode.isBlank() ? scopeRegion : regionCode.strip();
        if (region != null && !region.matches("\\d{6}")) {
            throw DomainException.invalid(List.of(new FieldError("regionCode", "payments.region.district")));
        }
        if (scopeRegion != null && !Regions.covers(scopeRegion, region)) {
            throw new DomainException(ProblemKind.FORBIDDEN, "payments.region.outOfScope");
        }
        RollQuery query = new RollQuery(m, region == null ? null : region + "%", paging.offset(), size);
        return new RollPage(payments.selectRolls(query), payments.countRolls(query));
    }

    private YearMonth monthOf(String month) {
        YearMonth ym;
        try {
            ym = YearMonth.parse(month == null ? "" : month.strip());
        } catch (DateTimeParseException notAMonth) {
            throw DomainException.invalid(List.of(new FieldError("month", "payments.month.invalid")));
        }
        if (ym.isAfter(YearMonth.from(clock.today()).plusMonths(1)) || ym.getYear() < 2000) {
            throw DomainException.invalid(List.of(new FieldError("month", "payments.month.future")));
        }
        return ym;
    }

    /** One page of rolls and the total count. */
    public record RollPage(List<RollRow> rolls, long total) {}
}
