package cq.assist.core.fanout;

import cq.assist.core.rules.Assessment;
import cq.assist.core.rules.ItemDecision;
import cq.assist.core.rules.ParameterRef;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * One row of {@code application_assessment}: the parameter versions each decision used, as JSON
 * {@code {"DIBAO": ["DIBAO_STANDARD@500103@2026-01-01", ...], ...}}, and the items decided with no case
 * ({@link SettledItem}, as a JSON array).
 */
public record AssessmentRow(
        String applicationId,
        LocalDate assessedOn,
        String regionCode,
        String parametersUsed,
        Instant createTime,
        String settledItems) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static AssessmentRow of(String applicationId, Assessment assessment, Instant now, List<SettledItem> settled) {
        Map<String, List<String>> used = new LinkedHashMap<>();
        for (ItemDecision decision : assessment.decisions()) {
            used.put(
                    decision.code().name(),
                    decision.parametersUsed().stream().map(AssessmentRow::ref).toList());
        }
        return new AssessmentRow(
                applicationId,
                assessment.date(),
                assessment.regionCode(),
                JSON.writeValueAsString(used),
                now,
                JSON.writeValueAsString(settled));
    }

    /** The settled items of a stored row; empty for rows stored before they were kept (V71). */
    public List<SettledItem> settled() {
        if (settledItems == null || settledItems.isBlank()) {
            return List.of();
        }
        return List.of(JSON.readValue(settledItems, SettledItem[].class));
    }

    private static String ref(ParameterRef ref) {
        return ref.key() + "@" + ref.regionCode() + "@" + ref.effectiveFrom();
    }
}
