package cq.assist.core.fanout;

import static cq.assist.core.fixtures.CaseFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cq.assist.core.fixtures.CaseFixtures;
import cq.assist.core.itemcase.ItemCases;
import cq.assist.core.itemcase.ItemCatalog;
import cq.assist.core.itemcase.ItemRow;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The items of an application as everyone reads them: settled decisions of the assessment and the cases, a case
 * winning over a settled decision of the same item, in the happiness list's order, department names cached.
 */
class ApplicationItemsTest {

    private final ItemCases cases = mock(ItemCases.class);
    private final FanOutMapper fanOut = mock(FanOutMapper.class);
    private final ItemCatalog catalog = mock(ItemCatalog.class);
    private final ApplicationItems items = new ApplicationItems(cases, fanOut, catalog);

    @BeforeEach
    void aCatalogue() {
        when(catalog.item(any()))
                .thenAnswer(call -> new ItemRow(call.getArgument(0), "事项" + call.getArgument(0), "X", "APPLY", false));
        when(fanOut.selectDepartmentName("CIVIL_AFFAIRS@500103")).thenReturn("渝中区民政局");
    }

    @Test
    void casesAndSettledDecisionsInCatalogueOrder() {
        AssessmentRow assessment = new AssessmentRow(
                "app-1",
                null,
                "500103",
                "{}",
                NOW,
                "[{\"code\":\"HOUSING\",\"status\":\"NOT_ELIGIBLE\",\"reasons\":[\"有住房\"],\"departmentCode\":\"HOUSING@500103\"},"
                        + "{\"code\":\"DIBAO\",\"status\":\"NOT_ELIGIBLE\",\"reasons\":[\"旧\"],\"departmentCode\":\"CIVIL_AFFAIRS@500103\"}]");
        when(fanOut.selectAssessment("app-1")).thenReturn(assessment);
        when(cases.ofApplication("app-1"))
                .thenReturn(List.of(
                        CaseFixtures.itemCase("c-legal", "app-1", "LEGAL_AID", "PENDING", null),
                        new cq.assist.core.itemcase.ItemCaseRow(
                                "c-dibao",
                                "app-1",
                                "DIBAO",
                                "APPLY",
                                "ASSESSMENT",
                                "CIVIL_AFFAIRS@500103",
                                "500103001001",
                                "IN_REVIEW",
                                "HOME_VISIT",
                                "[\"符合条件\"]",
                                null,
                                null,
                                null,
                                null,
                                null,
                                "H1",
                                "H1",
                                "system",
                                NOW,
                                null)));

        List<ApplicationItems.Item> list = items.items("app-1");

        assertThat(list).extracting(ApplicationItems.Item::code).containsExactly("DIBAO", "HOUSING", "LEGAL_AID");
        ApplicationItems.Item dibao = list.get(0);
        assertThat(dibao.caseId()).isEqualTo("c-dibao");
        assertThat(dibao.reasons()).containsExactly("符合条件");
        assertThat(dibao.department()).isEqualTo("渝中区民政局");
        ApplicationItems.Item housing = list.get(1);
        assertThat(housing.caseId()).isNull();
        assertThat(housing.status()).isEqualTo("NOT_ELIGIBLE");
        assertThat(housing.decidedAt()).isEqualTo(NOW);

        items.items("app-1");
        verify(fanOut, times(1)).selectDepartmentName("CIVIL_AFFAIRS@500103");
    }

    @Test
    void anApplicationNotYetAssessedHasOnlyItsCases() {
        assertThat(items.items("app-2")).isEmpty();
        assertThat(items.charityMatches("app-2")).isEmpty();
    }
}
