package cq.assist.core.itemcase;

import cq.assist.core.common.Regions;
import cq.assist.core.time.BusinessClock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens item cases. A household never holds the same active item twice: the database's
 * {@code UNIQUE(active_key, item_code)} decides, and a duplicate is skipped (never check-then-insert).
 */
@Service
public class OpeningItemCases {

    private static final String SYSTEM = "system";

    private final ItemCaseMapper cases;
    private final ItemCatalog catalog;
    private final BusinessClock clock;

    public OpeningItemCases(ItemCaseMapper cases, ItemCatalog catalog, BusinessClock clock) {
        this.cases = cases;
        this.catalog = catalog;
        this.clock = clock;
    }

    /** Opens the case; empty when the household already holds the item. */
    @Transactional
    public Optional<ItemCaseRow> open(NewCase c) {
        ItemCaseRow row = rowOf(c);
        try {
            cases.insert(row);
            return Optional.of(row);
        } catch (DuplicateKeyException alreadyHeld) {
            return Optional.empty();
        }
    }

    /**
     * Pushes a joint item after a grant: the case recorded at assessment (waiting for the base grant)
     * takes the household key, or a new case is opened. Empty when the household already holds the item.
     */
    @Transactional
    public Optional<ItemCaseRow> push(
            String applicationId, String householdKey, String communityCode, String itemCode) {
        try {
            if (cases.updateActivateJoint(new JointActivation(applicationId, itemCode, clock.now(), SYSTEM)) == 1) {
                return cases.selectByApplication(applicationId).stream()
                        .filter(r -> r.itemCode().equals(itemCode) && householdKey.equals(r.activeKey()))
                        .findFirst();
            }
        } catch (DuplicateKeyException alreadyHeld) {
            return Optional.empty();
        }
        return open(new NewCase(
                applicationId,
                householdKey,
                communityCode,
                itemCode,
                CaseOrigin.JOINT_PUSH,
                ItemCaseStatus.PENDING,
                true,
                java.util.List.of()));
    }

    /**
     * Opens cases that hold no household key (NOT_ELIGIBLE decisions, joint items waiting for a base
     * grant) with one multi-row insert: such cases cannot clash with another. Returns the rows.
     *
     * @throws IllegalArgumentException when a case would hold the household key (use {@link #open})
     */
    @Transactional
    public List<ItemCaseRow> openAll(List<NewCase> newCases) {
        List<ItemCaseRow> rows = new ArrayList<>(newCases.size());
        for (NewCase c : newCases) {
            if (c.holdKey()) {
                throw new IllegalArgumentException("a case holding the household key is opened alone: " + c.itemCode());
            }
            rows.add(rowOf(c));
        }
        if (!rows.isEmpty()) {
            cases.insertAll(rows);
        }
        return rows;
    }

    private ItemCaseRow rowOf(NewCase c) {
        ItemRow item = catalog.item(c.itemCode());
        if (item == null) {
            throw new IllegalArgumentException("unknown item " + c.itemCode());
        }
        ItemCaseRow row = new ItemCaseRow(
                UUID.randomUUID().toString(),
                c.applicationId(),
                c.itemCode(),
                item.kind(),
                c.origin().name(),
                Regions.department(item.departmentKind(), Regions.district(c.communityCode())),
                c.communityCode(),
                c.status().name(),
                null,
                ReasonsJson.write(c.reasons()),
                null,
                c.status().open() ? null : clock.now(),
                c.status().open() ? null : SYSTEM,
                null,
                null,
                c.householdKey(),
                c.holdKey() ? c.householdKey() : null,
                SYSTEM,
                clock.now(),
                c.proposedAmount());
        return row;
    }
}
