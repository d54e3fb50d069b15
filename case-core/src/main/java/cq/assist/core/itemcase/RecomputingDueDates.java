package cq.assist.core.itemcase;

import cq.assist.core.itemcase.DueDateMapper.OpenStep;
import cq.assist.core.time.BusinessClock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Recomputes the due time of every open working-day step (home visit, reviews, decision; the public
 * notice counts calendar days and is left alone) after the working-day calendar changed: the step's
 * working days are counted again from the day it began. Runs in chunks of {@value #CHUNK} cases, one
 * transaction each.
 */
@Service
public class RecomputingDueDates {

    private static final int CHUNK = 500;

    private final DueDateMapper mapper;
    private final ItemCaseSteps steps;
    private final TransactionTemplate transactions;

    RecomputingDueDates(DueDateMapper mapper, ItemCaseSteps steps, TransactionTemplate transactions) {
        this.mapper = mapper;
        this.steps = steps;
        this.transactions = transactions;
    }

    /**
     * Recomputes every open step's due time.
     *
     * @param alsoInTransaction receives each chunk of steps whose due time moved (with the new time),
     *     inside the chunk's transaction, e.g. to move the workflow tasks' due dates too
     * @return how many steps moved
     */
    public int recompute(Consumer<List<MovedDueDate>> alsoInTransaction) {
        String after = "";
        int moved = 0;
        while (true) {
            List<OpenStep> page = mapper.selectOpenSteps(after, CHUNK);
            if (page.isEmpty()) {
                return moved;
            }
            after = page.get(page.size() - 1).caseId();
            List<OpenStep> changed = new ArrayList<>();
            for (OpenStep step : page) {
                Instant due = dueOf(step);
                if (due != null && !due.equals(step.dueAt())) {
                    changed.add(new OpenStep(step.caseId(), step.step(), step.since(), due, step.processInstanceId()));
                }
            }
            if (!changed.isEmpty()) {
                List<MovedDueDate> moves = changed.stream()
                        .map(s -> new MovedDueDate(s.caseId(), s.processInstanceId(), s.dueAt()))
                        .toList();
                transactions.executeWithoutResult(status -> {
                    mapper.updateDueAt(changed);
                    alsoInTransaction.accept(moves);
                });
                moved += changed.size();
            }
        }
    }

    private Instant dueOf(OpenStep open) {
        Step step;
        try {
            step = Step.valueOf(open.step());
        } catch (IllegalArgumentException unknownStep) {
            return null;
        }
        if (step.workingDays() == 0) {
            return null;
        }
        return steps.dueFrom(step, LocalDate.ofInstant(open.since(), BusinessClock.ZONE));
    }
}
