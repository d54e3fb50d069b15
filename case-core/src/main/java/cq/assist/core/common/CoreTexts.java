package cq.assist.core.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Texts of the bundle {@code messages/core}: Chinese (its default file) for words the system stores or sends
 * in Chinese whatever the reader's language (alerts, timeline reasons, SMS, calendar day names, consent
 * terms), English ({@code core_en.properties}) beside it. Plain Java, so pure classes (enums, policies) can
 * use it; Spring's message source reads the same files for texts shown in the reader's language.
 *
 * <p>Formatting follows Spring's message source: a text without arguments is returned as written; with
 * arguments it is a {@link MessageFormat} pattern (a single quote is written {@code ''}).
 */
public final class CoreTexts {

    private static final ResourceBundle ZH = ResourceBundle.getBundle("messages/core", Locale.ROOT);
    private static final ResourceBundle EN = ResourceBundle.getBundle("messages/core", Locale.ENGLISH);

    private CoreTexts() {}

    /**
     * The Chinese text of {@code key}, with {@code args} filled in.
     *
     * @throws java.util.MissingResourceException when the bundle has no such key (a defect a test finds)
     */
    public static String zh(String key, Object... args) {
        return format(ZH.getString(key), Locale.SIMPLIFIED_CHINESE, args);
    }

    /** The English text of {@code key}, with {@code args} filled in; see {@link #zh}. */
    public static String en(String key, Object... args) {
        return format(EN.getString(key), Locale.ENGLISH, args);
    }

    private static String format(String text, Locale locale, Object... args) {
        return args.length == 0 ? text : new MessageFormat(text, locale).format(args);
    }
}
