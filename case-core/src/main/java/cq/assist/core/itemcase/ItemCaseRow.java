package cq.assist.core.itemcase;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One {@code item_case} row.
 *
 * @param reasons JSON array of Chinese sentences (see {@link ReasonsJson})
 * @param activeKey the household key while the case is open or granted, else null
 * @param proposedAmount the rules' amount before a decision (yuan); null when none
 */
public record ItemCaseRow(
        String id,
        String applicationId,
        String itemCode,
        String kind,
        String origin,
        String departmentCode,
        String regionCode,
        String status,
        String currentStep,
        String reasons,
        BigDecimal amount,
        Instant decidedAt,
        String decidedBy,
        Instant dueAt,
        String processInstanceId,
        String householdKey,
        String activeKey,
        String createBy,
        Instant createTime,
        BigDecimal proposedAmount) {

    public ItemCaseStatus statusValue() {
        return ItemCaseStatus.valueOf(status);
    }

    /** True for a joint item recorded at assessment that waits for the 低保/特困 grant (no key held yet). */
    public boolean waitingForBase() {
        return activeKey == null && ItemCaseStatus.PENDING.name().equals(status);
    }
}
