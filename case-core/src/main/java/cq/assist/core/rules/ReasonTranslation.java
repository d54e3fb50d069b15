package cq.assist.core.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a stored reason sentence back into its template and renders the English twin. Reasons are stored
 * as the Chinese sentences clerks and residents read ({@code item_case.reasons}); an English reader gets
 * {@link ReasonKey#en()} with the same arguments. A sentence no template produced (a clerk's own words, an
 * insurer's answer) comes back unchanged. Arguments stay as they were written (names, figures), except
 * an argument that is itself a reason sentence and the few words the rules pass (what a record is of, the
 * region of a standard).
 */
public final class ReasonTranslation {

    private static final Pattern ARG = Pattern.compile("\\{(\\d)}");

    /** The bundle keys (prefixes) of the words the rules pass as arguments. */
    private static final String[] WORD_KEYS = {"fact.", "base.", "joint.", "department.", "temp.", "place.", "cause."};

    /**
     * Words the rules pass as arguments (what a record is of, a base, a department, the place of a standard),
     * Chinese to English, from the bundle {@code messages/rules}; "低保、特困" is the two bases joined.
     */
    private static final Map<String, String> WORDS = words();

    private static final List<Template> TEMPLATES = templates();

    private ReasonTranslation() {}

    /** The English sentence of a Chinese reason the rules wrote, or the sentence itself when none matches. */
    public static String english(String chinese) {
        if (chinese == null || chinese.isEmpty()) {
            return chinese;
        }
        for (Template t : TEMPLATES) {
            Matcher m = t.pattern().matcher(chinese);
            if (m.matches()) {
                int groups = t.order().size();
                String[] values = new String[groups];
                for (int g = 0; g < groups; g++) {
                    values[g] = m.group(g + 1);
                }
                for (int g = 0; g + 1 < groups; g++) {
                    if (t.joined().get(g)) {
                        split(values, g);
                    }
                }
                String[] args = new String[t.arity()];
                Arrays.fill(args, "");
                for (int g = 0; g < groups; g++) {
                    // an argument may be a reason itself (特困: "{0}{1}" with the grounds as {1})
                    args[t.order().get(g)] = word(values[g]);
                }
                return new Reason(t.key(), List.of(args)).en();
            }
        }
        return chinese;
    }

    /**
     * An argument in English: a known word, a list of known words joined by the rules' separator (the
     * causes a project and a household share: 因病、因残), a reason sentence, or as written.
     */
    private static String word(String value) {
        String known = WORDS.get(value);
        if (known != null) {
            return known;
        }
        String separator = RuleWords.zh("list.separator");
        if (value.contains(separator)) {
            List<String> parts = new ArrayList<>();
            for (String part : value.split(Pattern.quote(separator))) {
                String en = WORDS.get(part);
                if (en == null) {
                    return english(value);
                }
                parts.add(en);
            }
            return String.join(RuleWords.en("list.separator"), parts);
        }
        return english(value);
    }

    /**
     * Two arguments with nothing between them ({@code {0}{1}}): the second is a reason sentence (the only
     * such template is 特困's person and grounds), so the boundary is where a known sentence begins.
     */
    private static void split(String[] values, int g) {
        String both = values[g] + values[g + 1];
        for (int k = 1; k < both.length(); k++) {
            String rest = both.substring(k);
            if (!english(rest).equals(rest)) {
                values[g] = both.substring(0, k);
                values[g + 1] = rest;
                return;
            }
        }
    }

    private record Template(
            ReasonKey key, Pattern pattern, List<Integer> order, List<Boolean> joined, int arity, int literal) {}

    private static List<Template> templates() {
        List<Template> all = new ArrayList<>();
        for (ReasonKey key : ReasonKey.values()) {
            String zh = key.zh();
            Matcher m = ARG.matcher(zh);
            StringBuilder regex = new StringBuilder("^");
            List<Integer> order = new ArrayList<>();
            List<Boolean> joined = new ArrayList<>();
            int at = 0;
            int literal = 0;
            int arity = 0;
            while (m.find()) {
                if (!order.isEmpty()) {
                    joined.add(m.start() == at);
                }
                regex.append(Pattern.quote(zh.substring(at, m.start()))).append("(.+?)");
                literal += m.start() - at;
                int n = Integer.parseInt(m.group(1));
                order.add(n);
                arity = Math.max(arity, n + 1);
                at = m.end();
            }
            if (!order.isEmpty()) {
                joined.add(false);
            }
            regex.append(Pattern.quote(zh.substring(at))).append('$');
            literal += zh.length() - at;
            arity = Math.max(arity, maxArg(key.en()) + 1);
            all.add(new Template(
                    key, Pattern.compile(regex.toString(), Pattern.DOTALL), order, joined, arity, literal));
        }
        // the most specific template first: a longer fixed text cannot be mistaken for a shorter one's argument
        all.sort(Comparator.comparingInt(Template::literal).reversed());
        return List.copyOf(all);
    }

    private static Map<String, String> words() {
        Map<String, String> words = RuleWords.translations(WORD_KEYS);
        String dibao = RuleWords.zh("base.dibao");
        String tekun = RuleWords.zh("base.tekun");
        String both = RuleWords.zh("base.both", dibao, tekun);
        words.put(both, RuleWords.fill(RuleWords.en("base.both"), List.of(words.get(dibao), words.get(tekun))));
        return Map.copyOf(words);
    }

    private static int maxArg(String template) {
        Matcher m = ARG.matcher(template);
        int max = -1;
        while (m.find()) {
            max = Math.max(max, Integer.parseInt(m.group(1)));
        }
        return max;
    }
}
