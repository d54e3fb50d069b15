package cq.assist.webapi.catalog;

import cq.assist.core.itemcase.ItemCatalog;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/items}: the item catalog (the 21 items of the happiness list) for any signed-in staff
 * member: {@code [{code, name, departmentKind, kind: APPLY|APPLY_FREE, paysCash}]} in display order.
 * {@code paysCash}: a decision granting the item sets an amount (yuan). Source: {@code seeds/reference/30_assistance_item.csv}.
 */
@RestController
class ItemCatalogController {

    private final ItemCatalog catalog;

    ItemCatalogController(ItemCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/api/v1/items")
    List<CatalogItem> items() {
        return catalog.all().stream()
                .map(i -> new CatalogItem(
                        i.code(), i.nameZh(), i.departmentKind(), i.kind(), Boolean.TRUE.equals(i.paysCash())))
                .toList();
    }

    /** One catalog item. */
    record CatalogItem(String code, String name, String departmentKind, String kind, boolean paysCash) {}
}
