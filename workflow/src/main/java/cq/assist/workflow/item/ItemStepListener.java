package cq.assist.workflow.item;

import cq.assist.core.itemcase.ItemCaseSteps;
import java.util.Date;
import org.flowable.engine.delegate.TaskListener;
import org.flowable.task.service.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** A user task of an item process is created: the case records the step; the task gets its group and due date. */
@Component("itemStepListener")
class ItemStepListener implements TaskListener {

    private final ItemCaseSteps steps;

    ItemStepListener(ItemCaseSteps steps) {
        this.steps = steps;
    }

    @Override
    public void notify(DelegateTask task) {
        ItemCaseSteps.StepEntry entry = steps.enter(
                (String) task.getVariable(ItemProcess.VAR_CASE_ID),
                ItemProcess.stepOf(task.getTaskDefinitionKey()),
                task.getProcessInstanceId());
        task.addCandidateGroup(entry.candidateGroup());
        task.setDueDate(Date.from(entry.dueAt()));
    }
}
