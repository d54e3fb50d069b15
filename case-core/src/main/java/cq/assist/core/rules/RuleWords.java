package cq.assist.core.rules;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The words of the rules, read from the bundle {@code messages/rules} (Chinese, the default) and
 * {@code messages/rules_en} (English beside it). The rules stay pure Java, so this is a plain
 * {@link ResourceBundle}, not Spring's message source. Templates use {@code {0}}…{@code {9}} as
 * {@link Reason} renders them.
 */
final class RuleWords {

    private static final ResourceBundle ZH = ResourceBundle.getBundle("messages/rules", Locale.ROOT);
    private static final ResourceBundle EN = ResourceBundle.getBundle("messages/rules", Locale.ENGLISH);

    private RuleWords() {}

    /** The Chinese text of {@code key}; fails when the bundle lacks it, so a missing word is a test failure. */
    static String zh(String key) {
        return ZH.getString(key);
    }

    /** The English text of {@code key}. */
    static String en(String key) {
        return EN.getString(key);
    }

    /** The Chinese template of {@code key} with its arguments filled in. */
    static String zh(String key, String... args) {
        return fill(zh(key), List.of(args));
    }

    /**
     * Chinese word to its English twin, for every key of the bundle under one of {@code prefixes} whose text
     * takes no argument (the words the rules pass into reasons: what a record is of, a base, a department).
     */
    static Map<String, String> translations(String... prefixes) {
        Map<String, String> words = new HashMap<>();
        for (String key : ZH.keySet()) {
            for (String prefix : prefixes) {
                if (key.startsWith(prefix) && !ZH.getString(key).contains("{")) {
                    words.put(ZH.getString(key), EN.getString(key));
                }
            }
        }
        return words;
    }

    /** Puts {@code args} in place of {@code {0}}…{@code {9}} in {@code template}; nothing else is special. */
    static String fill(String template, List<String> args) {
        StringBuilder out = new StringBuilder(template.length() + 32);
        int length = template.length();
        for (int i = 0; i < length; i++) {
            char c = template.charAt(i);
            if (c == '{' && i + 2 < length && template.charAt(i + 2) == '}') {
                out.append(args.get(template.charAt(i + 1) - '0'));
                i += 2;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
