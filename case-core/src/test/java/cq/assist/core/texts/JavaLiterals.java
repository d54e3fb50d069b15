package cq.assist.core.texts;

import java.util.ArrayList;
import java.util.List;

/** A small Java lexer: finds Chinese characters outside comments (in literals or code). */
final class JavaLiterals {

    private JavaLiterals() {}

    /**
     * Each string, char or text-block literal (and any code) holding a Chinese character, as
     * {@code "line N: <literal>"}; comments and Javadoc are skipped.
     */
    static List<String> chineseOutsideComments(String code) {
        List<String> hits = new ArrayList<>();
        int line = 1;
        int i = 0;
        int n = code.length();
        while (i < n) {
            char c = code.charAt(i);
            if (c == '\n') {
                line++;
                i++;
            } else if (code.startsWith("//", i)) {
                i = code.indexOf('\n', i);
                i = i < 0 ? n : i;
            } else if (code.startsWith("/*", i)) {
                int end = code.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                line += count(code, i, end);
                i = end;
            } else if (code.startsWith("\"\"\"", i)) {
                int end = code.indexOf("\"\"\"", i + 3);
                while (end > 0 && code.charAt(end - 1) == '\\') {
                    end = code.indexOf("\"\"\"", end + 1);
                }
                end = end < 0 ? n : end + 3;
                if (chinese(code, i, end)) {
                    hits.add("line " + line + ": text block");
                }
                line += count(code, i, end);
                i = end;
            } else if (c == '"' || c == '\'') {
                int end = i + 1;
                while (end < n && code.charAt(end) != c && code.charAt(end) != '\n') {
                    end += code.charAt(end) == '\\' ? 2 : 1;
                }
                end = Math.min(end + 1, n);
                if (chinese(code, i, end)) {
                    hits.add("line " + line + ": " + code.substring(i, end));
                }
                i = end;
            } else {
                if (isChinese(c)) {
                    hits.add("line " + line + ": code");
                }
                i++;
            }
        }
        return hits;
    }

    private static int count(String code, int from, int to) {
        int lines = 0;
        for (int i = from; i < to; i++) {
            if (code.charAt(i) == '\n') {
                lines++;
            }
        }
        return lines;
    }

    private static boolean chinese(String code, int from, int to) {
        for (int i = from; i < to; i++) {
            if (isChinese(code.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isChinese(char c) {
        Character.UnicodeBlock block = Character.UnicodeBlock.of(c);
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                || block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS;
    }
}
