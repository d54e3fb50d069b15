package cq.assist.web.i18n;

import cq.assist.core.rules.ReasonTranslation;
import java.util.List;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * Reasons in the language of the request ({@code Accept-Language}): stored reasons are Chinese sentences;
 * an English request gets each sentence the rules wrote in English ({@link ReasonTranslation}), any other
 * sentence (a clerk's or a charity's own words) as written. Chinese stays the default.
 */
public final class Reasons {

    private Reasons() {}

    /** The reasons as the caller reads them. */
    public static List<String> inRequestLanguage(List<String> reasons) {
        if (reasons == null || reasons.isEmpty() || !english()) {
            return reasons;
        }
        return reasons.stream().map(ReasonTranslation::english).toList();
    }

    /** Whether the request asked for English. */
    public static boolean english() {
        return Locale.ENGLISH
                .getLanguage()
                .equals(LocaleContextHolder.getLocale().getLanguage());
    }
}
