package cq.assist.workflow.application;

import cq.assist.core.authorization.CoSignerReminders;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Reminder timer fired: SMS to every member who has not co-signed yet (at most once each). */
@Component("sendAuthorizationReminderDelegate")
class SendAuthorizationReminderDelegate implements JavaDelegate {

    private final CoSignerReminders reminders;

    SendAuthorizationReminderDelegate(CoSignerReminders reminders) {
        this.reminders = reminders;
    }

    @Override
    public void execute(DelegateExecution execution) {
        reminders.remind((String) execution.getVariable(ApplicationProcess.VAR_APPLICATION_ID));
    }
}
