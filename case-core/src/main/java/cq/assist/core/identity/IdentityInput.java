package cq.assist.core.identity;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Normalises identity input (phones, ID numbers, names) once, at the edge, so that every comparison
 * and every blind index works on one form. What phones paste ({@code +86 139 0000 0001},
 * {@code 139-0000-0001}, full-width digits, an invisible direction mark) becomes {@code 13900000001}.
 * Steps: Unicode NFKC (full-width to ASCII), drop format characters (Unicode category Cf: direction
 * marks, zero-width spaces, BOM) and, for phones and ID numbers, every separator (spaces, dashes,
 * dots, brackets). Input that is still malformed afterwards is left for validation to refuse.
 */
public final class IdentityInput {

    /**
     * Longest name accepted, in characters: the name columns hold 64 ({@code application.applicant_name},
     * {@code household_member.name}, {@code authorization_record.signer_name}), so a longer one is a 400
     * naming the field, never a database error.
     */
    public static final int MAX_NAME = 64;

    /** The one middle dot names are stored with (U+00B7), as in {@code 阿依古丽·买买提}. */
    public static final char MIDDLE_DOT = '\u00B7';

    /**
     * Characters phones and input methods type for the middle dot of minority and transliterated names,
     * after NFKC (which already folds the half-width katakana dot U+FF65 into U+30FB and the Greek ano
     * teleia U+0387 into U+00B7): bullet U+2022, katakana middle dot U+30FB, hyphenation point U+2027,
     * dot operator U+22C5, bullet operator U+2219, word separator middle dot U+2E31, and U+00B7 itself.
     */
    private static final String MIDDLE_DOTS = "\u00B7\u2022\u30FB\u2027\u22C5\u2219\u2E31\uFF65";

    private IdentityInput() {}

    /**
     * A phone: NFKC, no format characters or separators, and without the mainland prefix {@code +86},
     * {@code 0086} or {@code 86} before an 11-digit number. Null stays null.
     */
    public static String phone(String raw) {
        if (raw == null) {
            return null;
        }
        String compact = compact(raw);
        if (compact.startsWith("+")) {
            compact = compact.substring(1);
        }
        if (compact.startsWith("0086") && compact.length() == 15) {
            return compact.substring(4);
        }
        if (compact.startsWith("86") && compact.length() == 13) {
            return compact.substring(2);
        }
        return compact;
    }

    /** An ID number: NFKC, no format characters or separators, check character upper-case. Null stays null. */
    public static String idNumber(String raw) {
        return raw == null ? null : compact(raw).toUpperCase(Locale.ROOT);
    }

    /**
     * A name: NFKC, no format characters, every middle-dot variant ({@code •},
     * {@code ・}, {@code ‧}, {@code ･}, {@code ⋅}, {@code ∙}) as {@link #MIDDLE_DOT} without white space
     * around it, trimmed, inner runs of white space collapsed to one space ({@code 阿依古丽 • 买买提} becomes
     * {@code 阿依古丽·买买提}). Null stays null.
     */
    public static String name(String raw) {
        if (raw == null) {
            return null;
        }
        String text = withoutFormatCharacters(Normalizer.normalize(raw, Normalizer.Form.NFKC));
        StringBuilder dotted = new StringBuilder(text.length());
        text.codePoints().map(cp -> isMiddleDot(cp) ? MIDDLE_DOT : cp).forEach(dotted::appendCodePoint);
        return dotted.toString()
                .strip()
                .replaceAll("\\s*" + MIDDLE_DOT + "\\s*", String.valueOf(MIDDLE_DOT))
                .replaceAll("\\s+", " ");
    }

    private static boolean isMiddleDot(int cp) {
        return cp < Character.MIN_SUPPLEMENTARY_CODE_POINT && MIDDLE_DOTS.indexOf(cp) >= 0;
    }

    private static String compact(String raw) {
        String text = withoutFormatCharacters(Normalizer.normalize(raw, Normalizer.Form.NFKC));
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints()
                .filter(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp) && !isSeparator(cp))
                .forEach(out::appendCodePoint);
        return out.toString();
    }

    private static boolean isSeparator(int cp) {
        return cp == '-'
                || cp == '.'
                || cp == '('
                || cp == ')'
                || cp == '/'
                || cp == '_'
                || isMiddleDot(cp)
                || Character.getType(cp) == Character.DASH_PUNCTUATION;
    }

    private static String withoutFormatCharacters(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints()
                .filter(cp -> Character.getType(cp) != Character.FORMAT)
                .forEach(out::appendCodePoint);
        return out.toString();
    }
}
