package cq.assist.core.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * A charity project that fits the household, with how well ({@code score}, higher is better) and why.
 */
public record CharityMatch(String projectId, String name, String organisation, int score, List<Reason> reasons) {

    public CharityMatch {
        reasons = List.copyOf(reasons);
    }

    /** The reasons as Chinese sentences. */
    public List<String> reasonTexts() {
        List<String> texts = new ArrayList<>(reasons.size());
        for (Reason reason : reasons) {
            texts.add(reason.zh());
        }
        return texts;
    }
}
