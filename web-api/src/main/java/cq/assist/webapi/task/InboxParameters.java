package cq.assist.webapi.task;

import cq.assist.core.common.DomainException;
import cq.assist.core.common.DomainException.FieldError;
import cq.assist.core.common.Paging;
import cq.assist.core.itemcase.Step;
import cq.assist.workflow.task.InboxFilter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The query of {@code GET /tasks} and {@code GET /tasks/export} as sent, checked into an {@link InboxFilter}:
 * {@code page} from 0 (at most {@value InboxFilter#MAX_PAGE}), {@code size} 1..{@value InboxFilter#MAX_SIZE}
 * (default {@value InboxFilter#DEFAULT_SIZE}), {@code sort} {@code dueAt} or {@code createdAt}, {@code step} a
 * step name, {@code overdue} true/false. Each bad value is a 400 naming its parameter.
 */
record InboxParameters(
        String status, String itemCode, String step, String overdue, String q, String page, String size, String sort) {

    InboxFilter toFilter() {
        return toFilter(false);
    }

    /** The filter; {@code everything} ignores page and size (the export takes the whole inbox in pages). */
    InboxFilter toFilter(boolean everything) {
        List<FieldError> errors = new ArrayList<>();
        if (status != null && !"open".equals(status)) {
            errors.add(new FieldError("status", "task.query.status"));
        }
        Step parsedStep = null;
        if (blank(step) == null) {
            parsedStep = null;
        } else {
            try {
                parsedStep = Step.valueOf(step.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException unknown) {
                errors.add(new FieldError("step", "task.query.step"));
            }
        }
        Boolean parsedOverdue = null;
        if (blank(overdue) != null) {
            if ("true".equalsIgnoreCase(overdue.trim()) || "false".equalsIgnoreCase(overdue.trim())) {
                parsedOverdue = Boolean.valueOf(overdue.trim());
            } else {
                errors.add(new FieldError("overdue", "task.query.overdue"));
            }
        }
        long parsedPage = number(page, 0, "page", errors);
        long parsedSize = number(size, InboxFilter.DEFAULT_SIZE, "size", errors);
        Paging.problems(parsedPage, parsedSize, InboxFilter.MAX_SIZE).stream()
                .filter(e -> errors.stream().noneMatch(named -> named.field().equals(e.field())))
                .forEach(errors::add);
        boolean byDue = false;
        if (blank(sort) != null) {
            if ("dueAt".equals(sort.trim())) {
                byDue = true;
            } else if (!"createdAt".equals(sort.trim())) {
                errors.add(new FieldError("sort", "task.query.sort"));
            }
        }
        String item = blank(itemCode);
        if (item != null && !item.matches("[A-Z_]{2,32}")) {
            errors.add(new FieldError("itemCode", "task.query.itemCode"));
        }
        String no = blank(q);
        if (no != null && no.length() > 32) {
            errors.add(new FieldError("q", "task.query.q"));
        }
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
        if (everything) {
            return new InboxFilter(item, parsedStep, parsedOverdue, no, byDue, 0, InboxFilter.MAX_SIZE);
        }
        return new InboxFilter(item, parsedStep, parsedOverdue, no, byDue, (int) parsedPage, (int) parsedSize);
    }

    /** The whole number sent (range checked by {@link Paging}), or the fallback; not a number: an error. */
    private static long number(String text, int fallback, String field, List<FieldError> errors) {
        if (blank(text) == null) {
            return fallback;
        }
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException notANumber) {
            errors.add(new FieldError(field, "task.query.number"));
            return fallback;
        }
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
