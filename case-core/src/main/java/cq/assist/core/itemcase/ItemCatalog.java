package cq.assist.core.itemcase;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Service;

/**
 * The item catalog ({@code assistance_item}, the 21 items of the happiness list) held in memory: it is
 * reference data that only the seeds and migrations write, and reading it per case cost one query per
 * item on every assessment and every view of the happiness list. A code is read from the database the
 * first time it is asked for; an unknown code is not remembered (so a later seed is still found).
 */
@Service
public class ItemCatalog {

    private final ItemCaseMapper cases;
    private final Map<String, ItemRow> items = new ConcurrentHashMap<>();

    public ItemCatalog(ItemCaseMapper cases) {
        this.cases = cases;
    }

    /** The whole catalog (21 items) in display order, read from the database each time (a rare call). */
    public List<ItemRow> all() {
        return cases.selectAllItems();
    }

    /** The catalog row of the item code, or null for an unknown code. */
    public ItemRow item(String code) {
        ItemRow row = items.get(code);
        if (row == null) {
            row = cases.selectItem(code);
            if (row != null) {
                items.put(code, row);
            }
        }
        return row;
    }
}
