package cq.assist.core.casework;

import static cq.assist.core.fixtures.CaseFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cq.assist.core.itemcase.ItemCatalog;
import cq.assist.core.itemcase.ItemRow;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The public notices (公示) running in a community, with the household's name masked. */
class PublicNoticesTest {

    private final CaseworkMapper casework = mock(CaseworkMapper.class);
    private final ItemCatalog catalog = mock(ItemCatalog.class);
    private final PublicNotices notices = new PublicNotices(casework, catalog);

    @Test
    void listsTheCommunitysNoticesWithTheItemNameAndAMaskedHousehold() {
        when(catalog.item("DIBAO")).thenReturn(new ItemRow("DIBAO", "最低生活保障", "CIVIL_AFFAIRS", "APPLY", true));
        when(casework.selectPublicNotices("500103001001"))
                .thenReturn(List.of(
                        new CaseworkMapper.NoticeRow(
                                "c1", "DIBAO", "卢小明", 3L, new BigDecimal("1500.00"), NOW, NOW.plus(Duration.ofDays(7))),
                        new CaseworkMapper.NoticeRow("c2", "RETIRED", "王芳", null, null, NOW, NOW)));

        assertThat(notices.running("500103001001"))
                .containsExactly(
                        new PublicNotices.Notice(
                                "c1", "最低生活保障", "卢**", 3, new BigDecimal("1500.00"), NOW, NOW.plus(Duration.ofDays(7))),
                        new PublicNotices.Notice("c2", "RETIRED", "王*", 0, null, NOW, NOW));
    }

    @Test
    void anythingButACommunityCodeListsNothing() {
        assertThat(notices.running(null)).isEmpty();
        assertThat(notices.running("500103")).isEmpty();
        assertThat(notices.running("50010300100x")).isEmpty();
        verify(casework, never()).selectPublicNotices(anyString());
    }
}
