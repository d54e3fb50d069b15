package cq.assist.workflow.item;

import cq.assist.core.casework.ObjectingToNotice;
import cq.assist.core.casework.StaffScope;
import cq.assist.workflow.EngineRetries;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An objection during the public notice: recorded, and the investigation reopens, in one transaction.
 * An objection racing the notice timer (or another objection) is serialised on the case row; when the
 * engine still reports a concurrent change, the whole transaction is retried ({@link EngineRetries}), and
 * the retry finds either the notice open (the objection applies) or over (409) — never a 500.
 */
@Service
public class Objections {

    private final ObjectingToNotice objecting;
    private final ItemProcesses processes;
    private final TransactionTemplate transactions;

    Objections(ObjectingToNotice objecting, ItemProcesses processes, TransactionTemplate transactions) {
        this.objecting = objecting;
        this.processes = processes;
        this.transactions = transactions;
    }

    /**
     * A civil-affairs office on the case objects: every case of the application under notice that the
     * office acts on goes back to the home visit; returns their ids.
     */
    public List<String> raise(String applicationId, String text, StaffScope scope) {
        return reopen(() -> objecting.object(applicationId, text, scope), scope.account());
    }

    /** A resident objects to one public notice (a case under notice); returns the case id. */
    public List<String> raiseAsPublic(String caseId, String text, String residentAccount) {
        return reopen(() -> objecting.objectAsPublic(caseId, text, residentAccount), "public:" + residentAccount);
    }

    private List<String> reopen(Supplier<List<String>> record, String actor) {
        return EngineRetries.run(() -> transactions.execute(status -> {
            List<String> caseIds = record.get();
            for (String caseId : caseIds) {
                if (processes.objectTo(caseId)) {
                    objecting.recordReopened(caseId, actor);
                }
            }
            return caseIds;
        }));
    }
}
