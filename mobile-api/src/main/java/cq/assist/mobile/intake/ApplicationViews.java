package cq.assist.mobile.intake;

import cq.assist.core.fanout.ApplicationItems;
import cq.assist.core.intake.ApplicationDetails;
import cq.assist.core.intake.EventRow;
import cq.assist.core.time.BusinessClock;
import java.math.RoundingMode;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Maps case-core's application details to the response, translating the timeline. */
@Component
class ApplicationViews {

    private final MessageSource messages;
    private final ApplicationItems items;

    ApplicationViews(MessageSource messages, ApplicationItems items) {
        this.messages = messages;
        this.items = items;
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
                items.items(d.id()).stream().map(ApplicationViews::item).toList(),
                items.charityMatches(d.id()).stream()
                        .map(m -> new ApplicationResponse.CharityMatch(
                                m.projectId(), m.name(), m.organisation(), m.reasons()))
                        .toList(),
                d.timeline().stream().map(this::entry).toList());
    }

    private static ApplicationResponse.Item item(ApplicationItems.Item i) {
        return new ApplicationResponse.Item(
                i.code(),
                i.name(),
                i.department(),
                i.kind(),
                i.status(),
                i.reasons(),
                i.amount() == null
                        ? null
                        : i.amount().setScale(2, RoundingMode.HALF_UP).toPlainString(),
                BusinessClock.toOffset(i.decidedAt()));
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
