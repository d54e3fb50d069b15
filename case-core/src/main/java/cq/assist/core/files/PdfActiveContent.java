package cq.assist.core.files;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Judges a PDF without a PDF library ({@link #scan}): finds the names of scripts, automatic actions,
 * launches, embedded files, forms that submit and rich media ({@code /JavaScript}, {@code /JS},
 * {@code /OpenAction}, {@code /AA}, {@code /Launch}, {@code /EmbeddedFile}, {@code /SubmitForm},
 * {@code /ImportData}, {@code /RichMedia}, {@code /XFA}), searched in the dictionaries of the file (stream
 * bodies left out: image and page data are not names) and inside Flate-compressed object streams
 * ({@code /Type /ObjStm}, where PDF 1.5 hides dictionaries), after undoing {@code #hh} escapes in names.
 * Inflation is capped at {@link #MAX_INFLATED} bytes in all; a PDF that would inflate further is treated as
 * active (refused). A plain scan or a text PDF has none of these.
 *
 * <p>What the scan cannot read is never treated as clean (issue 7): an encrypted PDF ({@code /Encrypt}),
 * an object stream whose filter is anything but {@code /FlateDecode} or none (or that carries a predictor),
 * and an object stream that does not inflate completely are {@link Verdict#UNREADABLE}.
 */
final class PdfActiveContent {

    /** Most bytes inflated from one PDF's streams before giving up (zip-bomb guard). */
    static final int MAX_INFLATED = 32 * 1024 * 1024;

    private static final List<String> ACTIVE = List.of(
            "/javascript",
            "/js",
            "/openaction",
            "/aa",
            "/launch",
            "/embeddedfile",
            "/submitform",
            "/importdata",
            "/richmedia",
            "/xfa");

    /** The trailer's (or a cross-reference stream's) mark of an encrypted file. */
    private static final List<String> ENCRYPTED = List.of("/encrypt");

    /** What {@link #scan} found. */
    enum Verdict {
        /** Read completely; no active content. */
        CLEAN,
        /** Carries one of the active names, or would inflate past {@link #MAX_INFLATED}. */
        ACTIVE,
        /** Encrypted, or holds an object stream the scan cannot decode: refused, never taken as clean. */
        UNREADABLE
    }

    private PdfActiveContent() {}

    /** Whether the PDF carries active content; an unreadable PDF counts as active. */
    static boolean found(byte[] pdf) {
        return scan(pdf) != Verdict.CLEAN;
    }

    /**
     * Judges a PDF's bytes.
     *
     * @param pdf the whole file, as uploaded
     * @return {@link Verdict#CLEAN} only when every dictionary could be read and none is active
     */
    static Verdict scan(byte[] pdf) {
        String raw = new String(pdf, StandardCharsets.ISO_8859_1);
        StringBuilder outside = new StringBuilder(raw.length());
        int copied = 0;
        int inflated = 0;
        for (int at = raw.indexOf("stream"); at >= 0; at = raw.indexOf("stream", at + 6)) {
            if (at >= 3 && raw.startsWith("end", at - 3)) {
                continue;
            }
            int start = at + 6;
            if (start < raw.length() && raw.charAt(start) == '\r') {
                start++;
            }
            if (start < raw.length() && raw.charAt(start) == '\n') {
                start++;
            }
            int end = raw.indexOf("endstream", start);
            if (end < 0) {
                break;
            }
            outside.append(raw, copied, start);
            copied = end;
            String dictionary = dictionaryBefore(raw, at);
            if (dictionary.contains("/type/objstm")) {
                byte[] plain;
                switch (objectStreamFilter(dictionary)) {
                    case "" -> plain = Arrays.copyOfRange(pdf, start, end);
                    case "/flatedecode" -> {
                        plain = inflate(pdf, start, end - start, MAX_INFLATED - inflated);
                        if (plain == null) {
                            return Verdict.ACTIVE;
                        }
                        if (plain.length == 0) {
                            return Verdict.UNREADABLE;
                        }
                    }
                    default -> {
                        return Verdict.UNREADABLE;
                    }
                }
                inflated += plain.length;
                if (containsName(new String(plain, StandardCharsets.ISO_8859_1), ACTIVE)) {
                    return Verdict.ACTIVE;
                }
            }
            at = end;
        }
        outside.append(raw, copied, raw.length());
        String dictionaries = outside.toString();
        if (containsName(dictionaries, ACTIVE)) {
            return Verdict.ACTIVE;
        }
        return containsName(dictionaries, ENCRYPTED) ? Verdict.UNREADABLE : Verdict.CLEAN;
    }

    /**
     * The dictionary in front of the stream at {@code at}, names unescaped, lower case, without white
     * space ({@code /type/objstm/filter/flatedecode...}).
     */
    private static String dictionaryBefore(String raw, int at) {
        int obj = raw.lastIndexOf(" obj", at);
        return unescapeNames(raw.substring(Math.max(0, Math.max(obj, at - 4096)), at))
                .toLowerCase(Locale.ROOT)
                .replaceAll("\\s+", "");
    }

    /**
     * The one filter of an object stream's dictionary: {@code ""} without {@code /Filter},
     * {@code /flatedecode} for Flate alone (also as a one-element array) without a predictor, and
     * {@code "?"} for anything else (another filter, a chain, an indirect reference, a predictor).
     */
    private static String objectStreamFilter(String dictionary) {
        if (dictionary.contains("/predictor") || dictionary.contains("/decodeparms[/")) {
            return "?";
        }
        int at = dictionary.indexOf("/filter");
        if (at < 0) {
            return "";
        }
        if (dictionary.indexOf("/filter", at + 1) >= 0) {
            return "?";
        }
        String value = dictionary.substring(at + "/filter".length());
        if (value.startsWith("[")) {
            int close = value.indexOf(']');
            return close < 0 ? "?" : filterName(value.substring(1, close), true);
        }
        return filterName(value, false);
    }

    /** The single name at the start of {@code text} when it is {@code /flatedecode}, else {@code "?"}. */
    private static String filterName(String text, boolean whole) {
        String flate = "/flatedecode";
        if (!text.startsWith(flate)) {
            return "?";
        }
        if (whole) {
            return text.length() == flate.length() ? flate : "?";
        }
        if (text.length() == flate.length()) {
            return flate;
        }
        char next = text.charAt(flate.length());
        return next == '/' || next == '>' ? flate : "?";
    }

    private static boolean containsName(String text, List<String> wanted) {
        String names = unescapeNames(text).toLowerCase(Locale.ROOT);
        for (String name : wanted) {
            for (int at = names.indexOf(name); at >= 0; at = names.indexOf(name, at + 1)) {
                int after = at + name.length();
                if (after >= names.length() || !Character.isLetterOrDigit(names.charAt(after))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Undoes {@code #hh} escapes ({@code /J#61vaScript} is {@code /JavaScript}). */
    private static String unescapeNames(String text) {
        if (text.indexOf('#') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '#'
                    && i + 2 < text.length()
                    && Character.digit(text.charAt(i + 1), 16) >= 0
                    && Character.digit(text.charAt(i + 2), 16) >= 0) {
                out.append((char) Integer.parseInt(text.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * The inflated stream; an empty array when it is not Flate data or ends before the Flate data does
     * (unreadable), null when it inflates past the budget.
     */
    private static byte[] inflate(byte[] pdf, int offset, int length, int budget) {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(pdf, offset, Math.max(0, length));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    return new byte[0];
                }
                out.write(buffer, 0, n);
                if (out.size() > budget) {
                    return null;
                }
            }
            return out.toByteArray();
        } catch (DataFormatException notFlate) {
            return new byte[0];
        } finally {
            inflater.end();
        }
    }
}
