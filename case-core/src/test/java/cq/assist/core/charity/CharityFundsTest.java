package cq.assist.core.charity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** A charity project's fund: read by project or organisation, debited only while it holds the amount. */
class CharityFundsTest {

    private final CharityProjectMapper projects = mock(CharityProjectMapper.class);
    private final CharityFunds funds = new CharityFunds(projects);

    @Test
    void aDebitSucceedsOnlyWhenTheDatabaseTookItFromTheFund() {
        when(projects.debitFund("p1", new BigDecimal("500.00"), "charity-1")).thenReturn(1);
        when(projects.debitFund("p1", new BigDecimal("99999.00"), "charity-1")).thenReturn(0);

        assertThat(funds.debit("p1", new BigDecimal("500.00"), "charity-1")).isTrue();
        assertThat(funds.debit("p1", new BigDecimal("99999.00"), "charity-1")).isFalse();
    }

    @Test
    void anUnknownProjectIsEmpty() {
        assertThat(funds.project("nope")).isEmpty();
        assertThat(funds.projectsOf("org-1")).isEmpty();
    }
}
