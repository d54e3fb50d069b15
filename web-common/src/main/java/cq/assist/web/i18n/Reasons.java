package cq.assist.web.i18n;

import cq.assist.core.i18n.StoredTexts;
import java.util.List;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * Stored texts in the language of the request ({@code Accept-Language}): reasons, messages and the names of
 * departments, places and charities are stored in Chinese; an English request gets each text the system
 * wrote from its bundles in English ({@link StoredTexts}: the rules' reasons, the messages and alerts of
 * {@code messages/core}, the names of {@code messages/names}), any other text (a clerk's or a charity's own
 * words, a person's name, an address) as written. Chinese stays the default.
 */
public final class Reasons {

    private Reasons() {}

    /** The reasons as the caller reads them. */
    public static List<String> inRequestLanguage(List<String> reasons) {
        if (reasons == null || reasons.isEmpty() || !english()) {
            return reasons;
        }
        return StoredTexts.english(reasons);
    }

    /**
     * One stored text (a message, a reason, a department's or a charity's name) as the caller reads it: the
     * English twin for an English request when the system wrote it, else as stored. Null stays null.
     */
    public static String text(String text) {
        return text == null || !english() ? text : StoredTexts.english(text);
    }

    /** Whether the request asked for English. */
    public static boolean english() {
        return Locale.ENGLISH
                .getLanguage()
                .equals(LocaleContextHolder.getLocale().getLanguage());
    }
}
