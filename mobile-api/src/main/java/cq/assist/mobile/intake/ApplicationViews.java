package cq.assist.mobile.intake;

import cq.assist.core.intake.ApplicationDetails;
import cq.assist.core.intake.EventRow;
import cq.assist.core.time.BusinessClock;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Maps case-core's application details to the response, translating the timeline. */
@Component
class ApplicationViews {

    private final MessageSource messages;

    ApplicationViews(MessageSource messages) {
        this.messages = messages;
    }

    ApplicationResponse of(ApplicationDetails d) {
        return new ApplicationResponse(
                d.id(),
                d.applicationNo(),
                d.status(),
                d.filedBy(),
                BusinessClock.toOffset(d.submittedAt()),
                d.pendingAuthorizations().stream()
                        .map(p -> new ApplicationResponse.PendingAuthorization(
                                p.memberNameMasked(),
                                p.authorizeUrl(),
                                p.qrPngUrl(),
                                BusinessClock.toOffset(p.expiresAt())))
                        .toList(),
                List.of(),
                List.of(),
                d.timeline().stream().map(this::entry).toList());
    }

    private ApplicationResponse.TimelineEntry entry(EventRow e) {
        String actor = message("application.actor." + e.actorKind());
        String by = e.actorName() == null ? actor : actor + " " + e.actorName();
        return new ApplicationResponse.TimelineEntry(
                BusinessClock.toOffset(e.eventTime()), message("application.event." + e.eventCode()), by);
    }

    private String message(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
