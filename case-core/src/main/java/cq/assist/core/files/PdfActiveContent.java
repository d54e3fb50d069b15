package cq.assist.core.files;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Finds active content in a PDF without a PDF library: the names of scripts, automatic actions,
 * launches, embedded files, forms that submit and rich media ({@code /JavaScript}, {@code /JS},
 * {@code /OpenAction}, {@code /AA}, {@code /Launch}, {@code /EmbeddedFile}, {@code /SubmitForm},
 * {@code /ImportData}, {@code /RichMedia}, {@code /XFA}), searched in the dictionaries of the file (stream
 * bodies left out: image and page data are not names) and inside Flate-compressed object streams
 * ({@code /Type /ObjStm}, where PDF 1.5 hides dictionaries), after undoing {@code #hh} escapes in names. Inflation is capped at {@link #MAX_INFLATED} bytes in all; a PDF that would inflate further is
 * treated as active (refused). A plain scan or a text PDF has none of these.
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

    private PdfActiveContent() {}

    static boolean found(byte[] pdf) {
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
            if (isObjectStream(raw, at)) {
                byte[] plain = inflate(pdf, start, end - start, MAX_INFLATED - inflated);
                if (plain == null) {
                    return true;
                }
                inflated += plain.length;
                if (containsActiveName(new String(plain, StandardCharsets.ISO_8859_1))) {
                    return true;
                }
            }
            at = end;
        }
        outside.append(raw, copied, raw.length());
        return containsActiveName(outside.toString());
    }

    /** Whether the dictionary in front of the stream at {@code at} says {@code /Type /ObjStm}. */
    private static boolean isObjectStream(String raw, int at) {
        int obj = raw.lastIndexOf(" obj", at);
        String dictionary = unescapeNames(raw.substring(Math.max(0, Math.max(obj, at - 4096)), at))
                .toLowerCase(Locale.ROOT)
                .replaceAll("\\s+", "");
        return dictionary.contains("/type/objstm");
    }

    private static boolean containsActiveName(String text) {
        String names = unescapeNames(text).toLowerCase(Locale.ROOT);
        for (String name : ACTIVE) {
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

    /** The inflated stream, an empty array when it is not Flate data, null when it inflates past the budget. */
    private static byte[] inflate(byte[] pdf, int offset, int length, int budget) {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(pdf, offset, Math.max(0, length));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    break;
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
