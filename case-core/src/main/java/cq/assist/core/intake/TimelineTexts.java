package cq.assist.core.intake;

import cq.assist.core.i18n.StoredTexts;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Words of a timeline entry in the reader's language: what happened ({@code event}) and who did it ({@code by}). */
@Component
public class TimelineTexts {

    private final MessageSource messages;

    public TimelineTexts(MessageSource messages) {
        this.messages = messages;
    }

    /** The event, e.g. 提交申请. */
    public String event(EventRow row) {
        return message("application.event." + row.eventCode());
    }

    /**
     * Who acted, e.g. 申请人 李*; the actor kind alone when no name is recorded. For an English reader a
     * recorded name the system wrote (a department, a charity) is its English twin ({@link StoredTexts}); a
     * person's (masked) name stays as recorded.
     */
    public String by(EventRow row) {
        String actor = message("application.actor." + row.actorKind());
        if (row.actorName() == null) {
            return actor;
        }
        boolean english = Locale.ENGLISH
                .getLanguage()
                .equals(LocaleContextHolder.getLocale().getLanguage());
        return actor + " " + (english ? StoredTexts.english(row.actorName()) : row.actorName());
    }

    private String message(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
