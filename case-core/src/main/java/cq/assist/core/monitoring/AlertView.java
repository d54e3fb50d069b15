package cq.assist.core.monitoring;

import java.time.Instant;
import java.util.List;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * One alert with the number of the application that put the household under monitoring.
 *
 * @param items JSON array of {@link AlertItem}
 * @param reasons JSON array of Chinese sentences
 * @param followUpCases comma-separated item cases opened as its follow-up, or null
 * @param applicantName the applicant of that application (in full: mask it before it leaves the server)
 * @param addressEnc the household's address as stored (encrypted), or null
 */
public record AlertView(
        String id,
        String runId,
        String householdKey,
        String applicationId,
        String applicationNo,
        String communityCode,
        String kind,
        String items,
        String reasons,
        String status,
        Instant createTime,
        String resolvedBy,
        Instant resolvedAt,
        String followUpCases,
        String applicantName,
        byte[] addressEnc) {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<AlertItem>> ITEMS = new TypeReference<>() {};

    /** The items the alert is about. */
    public List<AlertItem> itemList() {
        return items == null || items.isBlank() ? List.of() : List.copyOf(JSON.readValue(items, ITEMS));
    }
}
