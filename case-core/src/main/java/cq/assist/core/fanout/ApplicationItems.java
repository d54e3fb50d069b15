package cq.assist.core.fanout;

import cq.assist.core.itemcase.ItemCaseRow;
import cq.assist.core.itemcase.ItemCases;
import cq.assist.core.itemcase.ItemCatalog;
import cq.assist.core.itemcase.ItemRow;
import cq.assist.core.itemcase.ReasonsJson;
import cq.assist.core.rules.ItemCode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The happiness list of an application as residents and staff read it: one entry per item (the latest
 * case of each item), and the matched charity projects.
 */
@Service
public class ApplicationItems {

    private final ItemCases cases;
    private final FanOutMapper fanOut;
    private final ItemCatalog catalog;
    /** Department names: reference data written only by the seeds (one query per department, once). */
    private final Map<String, String> departments = new ConcurrentHashMap<>();

    public ApplicationItems(ItemCases cases, FanOutMapper fanOut, ItemCatalog catalog) {
        this.cases = cases;
        this.fanOut = fanOut;
        this.catalog = catalog;
    }

    /**
     * The items, in catalog order: the latest case of each item in play, and the items the assessment
     * settled without a case (not eligible, already held).
     */
    @Transactional(readOnly = true)
    public List<Item> items(String applicationId) {
        Map<String, Item> latest = new LinkedHashMap<>();
        AssessmentRow assessment = fanOut.selectAssessment(applicationId);
        if (assessment != null) {
            for (SettledItem settled : assessment.settled()) {
                latest.put(settled.code(), settledItem(settled, assessment.createTime()));
            }
        }
        for (ItemCaseRow row : cases.ofApplication(applicationId)) {
            latest.put(row.itemCode(), item(row));
        }
        List<Item> items = new ArrayList<>(latest.values());
        items.sort(Comparator.comparingInt(ApplicationItems::catalogOrder));
        return items;
    }

    private static int catalogOrder(Item item) {
        try {
            return ItemCode.valueOf(item.code()).ordinal();
        } catch (IllegalArgumentException notInTheRules) {
            return Integer.MAX_VALUE;
        }
    }

    private Item settledItem(SettledItem settled, Instant decidedAt) {
        ItemRow item = catalog.item(settled.code());
        return new Item(
                null,
                settled.code(),
                item == null ? settled.code() : item.nameZh(),
                settled.departmentCode(),
                departmentName(settled.departmentCode()),
                item == null ? null : item.kind(),
                settled.status(),
                settled.reasons(),
                null,
                decidedAt,
                null);
    }

    /** The matched charity projects, best first. */
    @Transactional(readOnly = true)
    public List<Match> charityMatches(String applicationId) {
        return fanOut.selectCharityMatches(applicationId).stream()
                .map(m -> new Match(m.projectId(), m.name(), m.organisation(), ReasonsJson.read(m.reasons())))
                .toList();
    }

    private Item item(ItemCaseRow row) {
        ItemRow item = catalog.item(row.itemCode());
        return new Item(
                row.id(),
                row.itemCode(),
                item.nameZh(),
                row.departmentCode(),
                departmentName(row.departmentCode()),
                row.kind(),
                row.status(),
                ReasonsJson.read(row.reasons()),
                row.amount(),
                row.decidedAt(),
                row.proposedAmount());
    }

    private String departmentName(String code) {
        String name = departments.get(code);
        if (name == null) {
            name = fanOut.selectDepartmentName(code);
            if (name != null) {
                departments.put(code, name);
            }
        }
        return name;
    }

    /**
     * One item of the happiness list.
     *
     * @param caseId the item case; null for an item settled at assessment (no case)
     * @param amount the decided amount in yuan; null before a grant or for an item paying no cash
     * @param proposedAmount the rules' amount before the decision (yuan); null when none
     */
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
            Instant decidedAt,
            BigDecimal proposedAmount) {

        /** The amount as API.md writes money: a decimal string in yuan with 2 places, or null. */
        public String amountText() {
            return money(amount);
        }

        /** The proposed amount as API.md writes money, or null. */
        public String proposedAmountText() {
            return money(proposedAmount);
        }

        private static String money(BigDecimal value) {
            return value == null
                    ? null
                    : value.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
        }
    }

    /** One matched charity project. */
    public record Match(String projectId, String name, String organisation, List<String> reasons) {}
}
