package cq.assist.core.itemcase;

import static cq.assist.core.fixtures.CaseFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cq.assist.core.fixtures.CaseFixtures;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DuplicateKeyException;

/**
 * Opening item cases: the district's department, the household key held by the database's unique key (a
 * duplicate means the household holds the item already), keyless joint items woken by their base grant.
 */
class OpeningItemCasesTest {

    private final ItemCaseMapper cases = mock(ItemCaseMapper.class);
    private final ItemCatalog catalog = mock(ItemCatalog.class);
    private final OpeningItemCases opening = new OpeningItemCases(cases, catalog, CaseFixtures.clock());

    private static NewCase newCase(String item, ItemCaseStatus status, boolean holdKey) {
        return new NewCase(
                "app-1",
                "H1",
                CaseFixtures.COMMUNITY,
                item,
                CaseOrigin.ASSESSMENT,
                status,
                holdKey,
                List.of("符合条件"),
                new BigDecimal("800.00"));
    }

    @BeforeEach
    void aCatalogue() {
        when(catalog.item("DIBAO")).thenReturn(new ItemRow("DIBAO", "最低生活保障", "CIVIL_AFFAIRS", "APPLY", true));
        when(catalog.item("LEGAL_AID")).thenReturn(new ItemRow("LEGAL_AID", "法律援助", "JUSTICE", "APPLY", false));
    }

    @Test
    void opensAPendingCaseForTheDistrictsDepartmentHoldingTheHouseholdKey() {
        ItemCaseRow row =
                opening.open(newCase("DIBAO", ItemCaseStatus.PENDING, true)).orElseThrow();

        verify(cases).insert(row);
        assertThat(row.departmentCode()).isEqualTo("CIVIL_AFFAIRS@500103");
        assertThat(row.regionCode()).isEqualTo(CaseFixtures.COMMUNITY);
        assertThat(row.activeKey()).isEqualTo("H1");
        assertThat(row.reasons()).isEqualTo(ReasonsJson.write(List.of("符合条件")));
        assertThat(row.proposedAmount()).isEqualByComparingTo("800.00");
        assertThat(row.decidedAt()).isNull();
        assertThat(row.createTime()).isEqualTo(NOW);
    }

    @Test
    void aGrantedCaseIsDecidedBySystemNowAndAHeldItemOpensNothing() {
        ItemCaseRow granted =
                opening.open(newCase("DIBAO", ItemCaseStatus.GRANTED, true)).orElseThrow();
        assertThat(granted.decidedAt()).isEqualTo(NOW);
        assertThat(granted.decidedBy()).isEqualTo("system");

        doThrow(new DuplicateKeyException("uk_active")).when(cases).insert(any());
        assertThat(opening.open(newCase("DIBAO", ItemCaseStatus.PENDING, true))).isEmpty();
    }

    @Test
    void keylessCasesAreInsertedTogetherAndAKeyHoldingOneIsRefused() {
        List<ItemCaseRow> rows = opening.openAll(List.of(newCase("LEGAL_AID", ItemCaseStatus.PENDING, false)));
        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.activeKey()).isNull();
            assertThat(r.departmentCode()).isEqualTo("JUSTICE@500103");
        });
        verify(cases).insertAll(rows);

        assertThatThrownBy(() -> opening.openAll(List.of(newCase("DIBAO", ItemCaseStatus.PENDING, true))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> opening.open(newCase("UNKNOWN", ItemCaseStatus.PENDING, true)))
                .isInstanceOf(IllegalArgumentException.class);
        opening.openAll(List.of());
        verify(cases, org.mockito.Mockito.times(1)).insertAll(anyList());
    }

    @Test
    void aPushWakesTheWaitingJointCaseOrOpensANewOne() {
        ItemCaseRow woken = CaseFixtures.itemCase("c1", "app-1", "LEGAL_AID", "PENDING", null);
        when(cases.updateActivateJoint(new JointActivation("app-1", "LEGAL_AID", NOW, "system")))
                .thenReturn(1, 0);
        when(cases.selectByApplication("app-1")).thenReturn(List.of(woken));

        assertThat(opening.push("app-1", "H1", CaseFixtures.COMMUNITY, "LEGAL_AID"))
                .contains(woken);
        verify(cases, never()).insert(any());

        ItemCaseRow opened =
                opening.push("app-1", "H1", CaseFixtures.COMMUNITY, "LEGAL_AID").orElseThrow();
        assertThat(opened.origin()).isEqualTo("JOINT_PUSH");
        assertThat(opened.activeKey()).isEqualTo("H1");
    }

    @Test
    void aPushForAnItemTheHouseholdHoldsIsEmpty() {
        when(cases.updateActivateJoint(any())).thenThrow(new DuplicateKeyException("uk_active"));

        assertThat(opening.push("app-1", "H1", CaseFixtures.COMMUNITY, "LEGAL_AID"))
                .isEmpty();
    }
}
