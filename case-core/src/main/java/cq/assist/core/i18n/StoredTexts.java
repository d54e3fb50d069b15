package cq.assist.core.i18n;

import cq.assist.core.rules.ReasonTranslation;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The English twin of a Chinese text the system stored or sent, for a reader who asked for English. The
 * system stores what residents and staff read in Chinese (in-app messages, reasons, alerts, the names of
 * departments, places and charities); this reads such a text back:
 *
 * <ol>
 *   <li>a name of reference data (bundle {@code messages/names}: departments, regions, charity organisations
 *       and projects, as the seeds write them), a word of the bundle {@code messages/core} without arguments
 *       (the demo insurer) or an item of the rules ({@code messages/rules} {@code item.*}): its English twin;
 *   <li>a reason the rules wrote: {@link ReasonTranslation};
 *   <li>a sentence of the bundle {@code messages/core} (a message, an alert, a system reason): the English
 *       template with each argument read back the same way (a name of an organisation becomes English, an
 *       application number or a figure stays);
 *   <li>anything else (what a person typed: a clerk's reason, a charity's answer, an address): unchanged.
 * </ol>
 *
 * <p>Pure Java (no Spring), so every layer can use it; thread-safe (immutable tables built once).
 */
public final class StoredTexts {

    /** Templates whose fixed text is shorter than this are too loose to read back (they would match anything). */
    private static final int MIN_LITERAL = 4;

    /** Stand-in for argument {@code n} while a Chinese template is formatted to find its fixed parts. */
    private static final char MARK = '\u0000';

    private static final Map<String, String> WORDS = words();

    private static final List<Template> TEMPLATES = templates();

    private StoredTexts() {}

    /**
     * The English reading of {@code chinese}, or {@code chinese} itself when the system did not write it from
     * a bundle (a person's words). Null and empty come back as they are.
     */
    public static String english(String chinese) {
        if (chinese == null || chinese.isEmpty()) {
            return chinese;
        }
        String word = WORDS.get(chinese);
        if (word != null) {
            return word;
        }
        String reason = ReasonTranslation.english(chinese);
        if (!reason.equals(chinese)) {
            return reason;
        }
        for (Template t : TEMPLATES) {
            Matcher m = t.pattern().matcher(chinese);
            if (m.matches()) {
                Object[] args = new Object[t.arity()];
                java.util.Arrays.fill(args, "");
                for (int g = 0; g < t.order().size(); g++) {
                    args[t.order().get(g)] = english(m.group(g + 1));
                }
                return new MessageFormat(t.english(), Locale.ENGLISH).format(args);
            }
        }
        return chinese;
    }

    /** {@link #english(String)} of each text; null comes back as null. */
    public static List<String> english(List<String> chinese) {
        return chinese == null
                ? null
                : chinese.stream().map(StoredTexts::english).toList();
    }

    /**
     * One Chinese template of the bundle, read back: the regular expression of its fixed parts, which
     * argument each group is, and its English twin.
     */
    private record Template(Pattern pattern, List<Integer> order, int arity, int literal, String english) {}

    private static Map<String, String> words() {
        Map<String, String> words = new HashMap<>();
        ResourceBundle namesZh = ResourceBundle.getBundle("messages/names", Locale.ROOT);
        ResourceBundle namesEn = ResourceBundle.getBundle("messages/names", Locale.ENGLISH);
        for (String key : namesZh.keySet()) {
            words.put(namesZh.getString(key), namesEn.getString(key));
        }
        ResourceBundle rulesZh = ResourceBundle.getBundle("messages/rules", Locale.ROOT);
        ResourceBundle rulesEn = ResourceBundle.getBundle("messages/rules", Locale.ENGLISH);
        for (String key : rulesZh.keySet()) {
            if (key.startsWith("item.") && !rulesZh.getString(key).contains("{")) {
                words.put(rulesZh.getString(key), rulesEn.getString(key));
            }
        }
        ResourceBundle coreZh = ResourceBundle.getBundle("messages/core", Locale.ROOT);
        ResourceBundle coreEn = ResourceBundle.getBundle("messages/core", Locale.ENGLISH);
        for (String key : coreZh.keySet()) {
            String zh = coreZh.getString(key);
            if (!zh.contains("{") && zh.length() >= 2) {
                words.putIfAbsent(zh, coreEn.getString(key));
            }
        }
        return Map.copyOf(words);
    }

    private static List<Template> templates() {
        ResourceBundle zh = ResourceBundle.getBundle("messages/core", Locale.ROOT);
        ResourceBundle en = ResourceBundle.getBundle("messages/core", Locale.ENGLISH);
        List<Template> all = new ArrayList<>();
        for (String key : zh.keySet()) {
            String pattern = zh.getString(key);
            if (pattern.contains("{")) {
                Template t = template(pattern, en.getString(key));
                if (t != null && t.literal() >= MIN_LITERAL) {
                    all.add(t);
                }
            }
        }
        // the most specific template first: a longer fixed text cannot be mistaken for a shorter one's argument
        all.sort(Comparator.comparingInt(Template::literal).reversed());
        return List.copyOf(all);
    }

    /** The template of one MessageFormat pattern, or null when it cannot be read back (formatted arguments). */
    private static Template template(String chinese, String english) {
        MessageFormat format;
        try {
            format = new MessageFormat(chinese, Locale.SIMPLIFIED_CHINESE);
        } catch (IllegalArgumentException notAPattern) {
            return null;
        }
        int arity = format.getFormatsByArgumentIndex().length;
        Object[] marks = new Object[arity];
        for (int n = 0; n < arity; n++) {
            marks[n] = MARK + String.valueOf((char) ('0' + n)) + MARK;
        }
        String shown;
        try {
            shown = format.format(marks);
        } catch (IllegalArgumentException numberFormat) {
            return null;
        }
        StringBuilder regex = new StringBuilder("^");
        List<Integer> order = new ArrayList<>();
        int literal = 0;
        int at = 0;
        while (at < shown.length()) {
            int mark = shown.indexOf(MARK, at);
            if (mark < 0) {
                regex.append(Pattern.quote(shown.substring(at)));
                literal += shown.length() - at;
                break;
            }
            if (mark > at) {
                regex.append(Pattern.quote(shown.substring(at, mark)));
                literal += mark - at;
            }
            order.add(shown.charAt(mark + 1) - '0');
            regex.append("(.*?)");
            at = mark + 3;
        }
        regex.append('$');
        return new Template(Pattern.compile(regex.toString(), Pattern.DOTALL), order, arity, literal, english);
    }
}
