package cq.assist.core.intake;

import cq.assist.core.time.BusinessClock;
import org.springframework.stereotype.Component;

/** Appends entries to an application's timeline (joins the caller's transaction). */
@Component
public class Timeline {

    /** Who acted. */
    public enum Actor {
        APPLICANT,
        WORKER,
        MEMBER,
        SYSTEM
    }

    private final ApplicationMapper applications;
    private final BusinessClock clock;

    public Timeline(ApplicationMapper applications, BusinessClock clock) {
        this.applications = applications;
        this.clock = clock;
    }

    /**
     * Appends an event.
     *
     * @param eventCode translated with the bundle key {@code application.event.<code>}
     * @param maskedName the masked name of the member who acted, or null
     */
    public void record(String applicationId, String eventCode, Actor actor, String maskedName) {
        applications.insertEvent(new EventRow(applicationId, clock.now(), eventCode, actor.name(), maskedName));
    }
}
