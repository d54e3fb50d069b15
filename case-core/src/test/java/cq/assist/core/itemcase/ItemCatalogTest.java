package cq.assist.core.itemcase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.Test;

/** The item catalogue: an item is read once and kept; an unknown code is not cached. */
class ItemCatalogTest {

    private final ItemCaseMapper cases = mock(ItemCaseMapper.class);
    private final ItemCatalog catalog = new ItemCatalog(cases);

    @Test
    void readsAnItemOnceAndKeepsIt() {
        ItemRow dibao = new ItemRow("DIBAO", "最低生活保障", "CIVIL_AFFAIRS", "APPLY", true);
        when(cases.selectItem("DIBAO")).thenReturn(dibao);

        assertThat(catalog.item("DIBAO")).isEqualTo(dibao);
        assertThat(catalog.item("DIBAO")).isEqualTo(dibao);

        verify(cases, times(1)).selectItem("DIBAO");
    }

    @Test
    void anUnknownCodeIsAskedForAgain() {
        assertThat(catalog.item("NOPE")).isNull();
        assertThat(catalog.item("NOPE")).isNull();

        verify(cases, times(2)).selectItem("NOPE");
    }
}
