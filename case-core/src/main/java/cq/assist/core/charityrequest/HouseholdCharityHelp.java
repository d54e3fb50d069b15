package cq.assist.core.charityrequest;

import cq.assist.core.fanout.ApplicationItems;
import cq.assist.core.intake.ApplicationRow;
import cq.assist.core.intake.Applications;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Charity help in the household's record: every request a charity accepted for the household (across its
 * applications), so that a reviewer deciding temporary aid or medical aid sees it and the same need is
 * not paid twice. The caller checks the scope of the application first.
 */
@Service
public class HouseholdCharityHelp {

    /** Items whose reviewer must weigh charity help against the same need. */
    static final Set<String> SAME_NEED_ITEMS = Set.of("TEMP_AID", "MEDICAL_AID");

    private static final Set<String> UNDECIDED = Set.of("PENDING", "IN_REVIEW", "PUBLIC_NOTICE");

    private final Applications applications;
    private final CharityRequestMapper requests;
    private final ApplicationItems items;
    private final MessageSource texts;

    public HouseholdCharityHelp(
            Applications applications, CharityRequestMapper requests, ApplicationItems items, MessageSource texts) {
        this.applications = applications;
        this.requests = requests;
        this.items = items;
        this.texts = texts;
    }

    /**
     * The household record of the application's household: the accepted charity help, its total (yuan)
     * and, when an item of the same need (TEMP_AID, MEDICAL_AID) is still to be decided, a warning for
     * the reviewer (Chinese); null warning otherwise.
     */
    @Transactional(readOnly = true)
    public Record forApplication(String applicationId) {
        ApplicationRow app = applications.find(applicationId);
        if (app == null) {
            return new Record(List.of(), BigDecimal.ZERO, null);
        }
        List<Help> help = requests.selectAcceptedByHousehold(app.applicantIdNumberHash()).stream()
                .map(r -> new Help(r.id(), r.projectId(), r.projectName(), r.orgName(), r.amount(), r.decidedAt()))
                .toList();
        BigDecimal total = help.stream().map(Help::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        boolean sameNeedOpen = items.items(applicationId).stream()
                .anyMatch(i -> SAME_NEED_ITEMS.contains(i.code()) && UNDECIDED.contains(i.status()));
        String warning = help.isEmpty() || !sameNeedOpen
                ? null
                : texts.getMessage(
                        "charity.household.sameNeed",
                        new Object[] {DecidingCharityRequests.money(total), help.size()},
                        Locale.SIMPLIFIED_CHINESE);
        return new Record(help, total, warning);
    }

    /** The household's accepted charity help. */
    public record Record(List<Help> help, BigDecimal total, String warning) {}

    /** One accepted request: amount in yuan (one-off). */
    public record Help(
            String requestId,
            String projectId,
            String projectName,
            String organisation,
            BigDecimal amount,
            Instant decidedAt) {}
}
