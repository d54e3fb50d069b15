package cq.assist.core.itemcase;

import cq.assist.core.common.CoreTexts;
import cq.assist.core.notify.ApplicantMessages;
import cq.assist.core.time.BusinessClock;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * Records a grant: the grant row (cash benefits start on the first day of the next month), the case
 * event and an in-app message to the resident. Joins the caller's transaction.
 */
@Component
public class Grants {

    private final ItemCaseMapper cases;
    private final ApplicantMessages applicantMessages;
    private final BusinessClock clock;

    public Grants(ItemCaseMapper cases, ApplicantMessages applicantMessages, BusinessClock clock) {
        this.cases = cases;
        this.applicantMessages = applicantMessages;
        this.clock = clock;
    }

    /** Records the grant of a case that has just become GRANTED. */
    public void record(ItemCaseRow row, String itemName, BigDecimal amount, String by, String step) {
        LocalDate today = clock.today();
        LocalDate startsOn = amount == null ? today : today.withDayOfMonth(1).plusMonths(1);
        cases.insertGrant(
                new GrantRow(row.id(), row.applicationId(), row.itemCode(), amount, startsOn, by, clock.now()));
        cases.insertEvent(new CaseEventRow(row.id(), step, "GRANT", null, amount, by, clock.now()));
        applicantMessages.queue(
                row.applicationId(),
                "GRANTED:" + row.itemCode(),
                ApplicantMessages.APP,
                CoreTexts.zh("message.item.granted", itemName));
    }
}
