package cq.assist.core.fanout;

import cq.assist.core.itemcase.ItemCaseMapper;
import cq.assist.core.itemcase.ItemCaseRow;
import cq.assist.core.itemcase.ItemRow;
import cq.assist.core.itemcase.ReasonsJson;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The happiness list of an application as residents and staff read it: one entry per item (the latest
 * case of each item), and the matched charity projects.
 */
@Service
public class ApplicationItems {

    private final ItemCaseMapper cases;
    private final FanOutMapper fanOut;

    public ApplicationItems(ItemCaseMapper cases, FanOutMapper fanOut) {
        this.cases = cases;
        this.fanOut = fanOut;
    }

    /** The items, in catalog order. */
    @Transactional(readOnly = true)
    public List<Item> items(String applicationId) {
        Map<String, ItemCaseRow> latest = new LinkedHashMap<>();
        for (ItemCaseRow row : cases.selectByApplication(applicationId)) {
            latest.put(row.itemCode(), row);
        }
        return latest.values().stream().map(this::item).toList();
    }

    /** The matched charity projects, best first. */
    @Transactional(readOnly = true)
    public List<Match> charityMatches(String applicationId) {
        return fanOut.selectCharityMatches(applicationId).stream()
                .map(m -> new Match(m.projectId(), m.name(), m.organisation(), ReasonsJson.read(m.reasons())))
                .toList();
    }

    private Item item(ItemCaseRow row) {
        ItemRow catalog = cases.selectItem(row.itemCode());
        return new Item(
                row.id(),
                row.itemCode(),
                catalog.nameZh(),
                row.departmentCode(),
                fanOut.selectDepartmentName(row.departmentCode()),
                row.kind(),
                row.status(),
                ReasonsJson.read(row.reasons()),
                row.amount(),
                row.decidedAt());
    }

    /** One item of the happiness list. */
    public record Item(
            String caseId,
            String code,
            String name,
            String departmentCode,
            String department,
            String kind,
            String status,
            List<String> reasons,
            BigDecimal amount,
            Instant decidedAt) {

        /** The amount as API.md writes money: a decimal string in yuan with 2 places, or null. */
        public String amountText() {
            return amount == null
                    ? null
                    : amount.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
        }
    }

    /** One matched charity project. */
    public record Match(String projectId, String name, String organisation, List<String> reasons) {}
}
