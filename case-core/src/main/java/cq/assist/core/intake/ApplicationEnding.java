package cq.assist.core.intake;

import cq.assist.core.common.DomainException;
import cq.assist.core.common.ProblemKind;
import cq.assist.core.itemcase.DecisionChange;
import cq.assist.core.itemcase.ItemCaseRow;
import cq.assist.core.itemcase.ItemCases;
import cq.assist.core.itemcase.ReasonsJson;
import cq.assist.core.time.BusinessClock;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Ends an application before its decisions: the status changes (from any open status), every open item
 * case becomes NOT_ELIGIBLE with the reason and frees the household's item, and the workflow ends the
 * application process and every item process with their open tasks and timers. Joins the caller's
 * transaction (the caller holds the application row lock).
 */
@Component
public class ApplicationEnding {

    private static final Set<String> OPEN = Set.of("AWAITING_AUTHORIZATION", "CHECKING", "IN_REVIEW");
    private static final Set<String> OPEN_CASES = Set.of("PENDING", "IN_REVIEW", "PUBLIC_NOTICE");

    private final ApplicationMapper applications;
    private final ItemCases cases;
    private final ApplicationProcessPort process;
    private final BusinessClock clock;
    private final MessageSource texts;

    ApplicationEnding(
            ApplicationMapper applications,
            ItemCases cases,
            ApplicationProcessPort process,
            BusinessClock clock,
            MessageSource texts) {
        this.texts = texts;
        this.applications = applications;
        this.cases = cases;
        this.process = process;
        this.clock = clock;
    }

    /** Ends it as CLOSED with the reason. */
    public void close(String applicationId, String reason) {
        end(applicationId, ApplicationStatus.CLOSED, reason);
    }

    /** Ends it as WITHDRAWN with the reason. */
    public void withdraw(String applicationId, String reason) {
        end(applicationId, ApplicationStatus.WITHDRAWN, reason);
    }

    /**
     * Whether a department or the district decided any item of the application (granted or rejected a case
     * of kind APPLY). Apply-free grants made by the rules at assessment are not decisions of a person.
     */
    public boolean anyDecision(String applicationId) {
        return cases.ofApplication(applicationId).stream()
                .anyMatch(c -> "APPLY".equals(c.kind())
                        && List.of("GRANTED", "REJECTED").contains(c.status()));
    }

    private void end(String applicationId, ApplicationStatus to, String reason) {
        String from = applications.selectStatusForUpdate(applicationId);
        if (from == null || !OPEN.contains(from)) {
            throw new DomainException(ProblemKind.CONFLICT, "intake.application.notOpen");
        }
        applications.updateStatus(new StatusChange(applicationId, from, to.name(), reason, clock.now(), "system"));
        for (ItemCaseRow c : cases.ofApplication(applicationId)) {
            if (OPEN_CASES.contains(c.status())) {
                cases.changeDecision(new DecisionChange(
                        c.id(),
                        "NOT_ELIGIBLE",
                        ReasonsJson.write(List.of(texts.getMessage(
                                "application.ended." + reason, null, reason, Locale.SIMPLIFIED_CHINESE))),
                        null,
                        clock.now(),
                        "system",
                        true));
            }
        }
        process.end(applicationId, reason);
    }
}
