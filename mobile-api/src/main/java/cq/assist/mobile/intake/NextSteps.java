package cq.assist.mobile.intake;

import cq.assist.core.fanout.ApplicationItems;
import cq.assist.core.itemcase.ItemCaseRow;
import cq.assist.core.itemcase.ItemCases;
import cq.assist.core.time.BusinessClock;
import cq.assist.web.i18n.Reasons;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The open steps of an application's item cases, as residents read them: for each item its current step and
 * the date it is due (the SLA the workflow set from the working-day calendar), and for the application the
 * step due first. Texts come from {@code messages/app*.properties} ({@code next.step.*}).
 */
@Component
class NextSteps {

    private final ItemCases cases;
    private final MessageSource messages;

    NextSteps(ItemCases cases, MessageSource messages) {
        this.cases = cases;
        this.messages = messages;
    }

    /** The open step of each item case of the application, by case id (cases without an open step are absent). */
    Map<String, Step> byCase(String applicationId, List<ApplicationItems.Item> items) {
        Map<String, String> departments = items.stream()
                .filter(i -> i.caseId() != null && i.department() != null)
                .collect(Collectors.toMap(
                        ApplicationItems.Item::caseId, i -> Reasons.text(i.department()), (a, b) -> a));
        return cases.ofApplication(applicationId).stream()
                .filter(row -> row.dueAt() != null && stepKey(row) != null)
                .collect(Collectors.toMap(
                        ItemCaseRow::id,
                        row -> new Step(
                                stepKey(row), text(stepKey(row), departments.getOrDefault(row.id(), "")), row.dueAt()),
                        (a, b) -> a));
    }

    /** The step due first among the open ones, or null. */
    static Step first(Map<String, Step> steps) {
        return steps.values().stream()
                .filter(Objects::nonNull)
                .min(Comparator.comparing(Step::dueAt))
                .orElse(null);
    }

    private static String stepKey(ItemCaseRow row) {
        if ("PUBLIC_NOTICE".equals(row.status())) {
            return "PUBLIC_NOTICE";
        }
        return row.currentStep();
    }

    private String text(String step, String department) {
        String key = "next.step." + step;
        String text = messages.getMessage(key, new Object[] {department}, null, LocaleContextHolder.getLocale());
        return text != null
                ? text
                : messages.getMessage("next.step.other", new Object[] {department}, LocaleContextHolder.getLocale());
    }

    /** An open step: its code (HOME_VISIT, STREET_REVIEW, ...), what it is in words and when it is due. */
    record Step(String step, String text, Instant dueAt) {

        ApplicationResponse.NextStep view() {
            return new ApplicationResponse.NextStep(step, text, BusinessClock.toOffset(dueAt));
        }
    }
}
