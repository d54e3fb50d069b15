package cq.assist.core.itemcase;

import static cq.assist.core.fixtures.CaseFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cq.assist.core.fixtures.CaseFixtures;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The item-case read model other features use instead of itemcase's mapper (issue 13: mappers stay inside). */
class ItemCasesTest {

    private final ItemCaseMapper mapper = mock(ItemCaseMapper.class);
    private final ItemCases cases = new ItemCases(mapper);

    @Test
    void readsAndChangesCasesThroughTheFeaturesMapper() {
        ItemCaseRow row = CaseFixtures.itemCase("c1", "app-1", "DIBAO", "PENDING", null);
        DecisionChange change = new DecisionChange("c1", "GRANTED", "[]", null, NOW, "system", false);
        when(mapper.selectById("c1")).thenReturn(row);
        when(mapper.selectByApplication("app-1")).thenReturn(List.of(row));
        when(mapper.countOpen("app-1")).thenReturn(1);
        when(mapper.selectActiveItems("H1")).thenReturn(List.of("DIBAO"));
        when(mapper.updateDecision(change)).thenReturn(1);

        assertThat(cases.find("c1")).isSameAs(row);
        assertThat(cases.ofApplication("app-1")).containsExactly(row);
        assertThat(cases.countOpen("app-1")).isEqualTo(1);
        assertThat(cases.activeItems("H1")).containsExactly("DIBAO");
        assertThat(cases.changeDecision(change)).isEqualTo(1);

        cases.changeProposedAmount("c1", new BigDecimal("900.00"), "[]", "system", NOW);
        verify(mapper).updateProposedAmount("c1", new BigDecimal("900.00"), "[]", "system", NOW);
    }
}
