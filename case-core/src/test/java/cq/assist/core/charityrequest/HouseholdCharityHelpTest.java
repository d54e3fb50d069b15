package cq.assist.core.charityrequest;

import static cq.assist.core.fixtures.CaseFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import cq.assist.core.fanout.ApplicationItems;
import cq.assist.core.fixtures.CaseFixtures;
import cq.assist.core.intake.Applications;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The charity help a household already had, for the offices deciding temporary or medical aid: the total, and a
 * warning about the same need while such an item is still undecided.
 */
class HouseholdCharityHelpTest {

    private final Applications applications = mock(Applications.class);
    private final CharityRequestMapper requests = mock(CharityRequestMapper.class);
    private final ApplicationItems items = mock(ApplicationItems.class);
    private final HouseholdCharityHelp help =
            new HouseholdCharityHelp(applications, requests, items, CaseFixtures.texts());

    private static CharityRequestRow accepted(String id, String amount) {
        return new CharityRequestRow(
                id,
                "app-0",
                "p1",
                "大病帮扶",
                "org-1",
                "渝中慈善会",
                "H1",
                "acc-1",
                "ACCEPTED",
                new BigDecimal(amount),
                null,
                NOW,
                "charity-1",
                NOW);
    }

    private static ApplicationItems.Item item(String code, String status) {
        return new ApplicationItems.Item(
                "c-" + code, code, code, "D", "部门", "APPLY", status, List.of(), null, null, null);
    }

    @BeforeEach
    void aHouseholdHelpedTwice() {
        when(applications.find("app-1")).thenReturn(CaseFixtures.application("app-1", "YJ1"));
        when(requests.selectAcceptedByHousehold("H1"))
                .thenReturn(List.of(accepted("r1", "2000"), accepted("r2", "500.5")));
    }

    @Test
    void warnsAboutTheSameNeedWhileTemporaryAidIsUndecided() {
        when(items.items("app-1")).thenReturn(List.of(item("TEMP_AID", "IN_REVIEW")));

        HouseholdCharityHelp.Record record = help.forApplication("app-1");

        assertThat(record.total()).isEqualByComparingTo("2500.5");
        assertThat(record.help())
                .extracting(HouseholdCharityHelp.Help::requestId)
                .containsExactly("r1", "r2");
        assertThat(record.warning()).isEqualTo("该户已获慈善救助共2500.50元（2笔）。审核临时救助、医疗救助时请核实是否为同一需求，避免重复救助。");
    }

    @Test
    void noWarningOnceDecidedOrForOtherItemsAndNothingForAnUnknownApplication() {
        when(items.items("app-1")).thenReturn(List.of(item("TEMP_AID", "GRANTED"), item("DIBAO", "IN_REVIEW")));

        assertThat(help.forApplication("app-1").warning()).isNull();
        assertThat(help.forApplication("gone").help()).isEmpty();
        assertThat(help.forApplication("gone").total()).isZero();
    }
}
