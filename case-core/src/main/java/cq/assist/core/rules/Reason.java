package cq.assist.core.rules;

import java.util.List;

/**
 * One reason of a decision: a template from {@link ReasonKey} and its arguments. {@link #zh()} is the
 * sentence a clerk or resident reads; {@link #en()} its English twin for logs and tests.
 */
public record Reason(ReasonKey key, List<String> args) {

    public Reason {
        args = List.copyOf(args);
    }

    static Reason of(ReasonKey key, String... args) {
        return new Reason(key, List.of(args));
    }

    /** The Chinese sentence. */
    public String zh() {
        return render(key.zh());
    }

    /** The English sentence. */
    public String en() {
        return render(key.en());
    }

    private String render(String template) {
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

    @Override
    public String toString() {
        return zh();
    }
}
