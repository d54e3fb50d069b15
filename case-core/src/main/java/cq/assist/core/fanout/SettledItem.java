package cq.assist.core.fanout;

import java.util.List;

/**
 * An item of the happiness list decided at assessment that opens no case (issue 8: item cases exist only
 * for items in play): not eligible, or already held by the household. Stored with the assessment
 * ({@code application_assessment.settled_items}) and shown in the item list like a case.
 *
 * @param code the item code
 * @param status always {@code NOT_ELIGIBLE} today
 * @param reasons Chinese sentences the resident reads
 * @param departmentCode the department that would decide the item ({@code KIND@district})
 */
public record SettledItem(String code, String status, List<String> reasons, String departmentCode) {

    public SettledItem {
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }
}
