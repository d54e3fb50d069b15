package cq.assist.workflow.item;

import cq.assist.core.casework.ObjectingToNotice;
import cq.assist.core.casework.StaffScope;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An objection during the public notice: recorded, and the investigation reopens (one transaction). */
@Service
public class Objections {

    private final ObjectingToNotice objecting;
    private final ItemProcesses processes;

    Objections(ObjectingToNotice objecting, ItemProcesses processes) {
        this.objecting = objecting;
        this.processes = processes;
    }

    /** Records the objection and sends every noticed case back to the home visit; returns their ids. */
    @Transactional
    public List<String> raise(String applicationId, String text, StaffScope scope) {
        List<String> caseIds = objecting.object(applicationId, text, scope);
        caseIds.forEach(processes::objectTo);
        return caseIds;
    }
}
