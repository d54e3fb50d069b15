package cq.assist.core.intake;

import java.util.List;
import org.springframework.stereotype.Service;

/**
 * The applications as other features read and move them: intake's {@link ApplicationMapper} stays inside
 * intake, and this is the one door to it. Every method joins the caller's transaction.
 */
@Service
public class Applications {

    private final ApplicationMapper applications;

    Applications(ApplicationMapper applications) {
        this.applications = applications;
    }

    /** The application, or null when no application has this id. */
    public ApplicationRow find(String applicationId) {
        return applications.selectById(applicationId);
    }

    /** Its members in member order (SELF first); empty for an unknown id. */
    public List<MemberRow> members(String applicationId) {
        return applications.selectMembers(applicationId);
    }

    /** Its timeline, oldest first. */
    public List<EventRow> events(String applicationId) {
        return applications.selectEvents(applicationId);
    }

    /** Locks the application row until the transaction ends and returns its status (null: no such application). */
    public String lockStatus(String applicationId) {
        return applications.selectStatusForUpdate(applicationId);
    }

    /** Changes the status only from the expected one; returns the rows changed (0 or 1). */
    public int changeStatus(StatusChange change) {
        return applications.updateStatus(change);
    }
}
