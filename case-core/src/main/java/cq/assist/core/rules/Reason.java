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
        return RuleWords.fill(template, args);
    }

    @Override
    public String toString() {
        return zh();
    }
}
