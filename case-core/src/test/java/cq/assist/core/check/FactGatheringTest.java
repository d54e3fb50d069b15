package cq.assist.core.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import cq.assist.core.rules.Fact;
import cq.assist.core.rules.MemberFacts;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * One person's facts from each department's source, each with its source and when it was seen; a death from the
 * population registry; a member who did not authorise the check has every fact not found, for that reason.
 */
class FactGatheringTest {

    private static final Instant SEEN = Instant.parse("2026-11-30T01:00:00Z");
    private static final String ID = "500103198501010012";

    private final DataSources.PopulationRegistry population = source(DataSources.PopulationRegistry.class);
    private final DataSources.RealEstateRegistry realEstate = source(DataSources.RealEstateRegistry.class);
    private final DataSources.VehicleRegistry vehicles = source(DataSources.VehicleRegistry.class);
    private final DataSources.SocialSecurityFeed pensions = source(DataSources.SocialSecurityFeed.class);
    private final DataSources.TaxAndWagesFeed tax = source(DataSources.TaxAndWagesFeed.class);
    private final DataSources.BankFeed bank = source(DataSources.BankFeed.class);
    private final DataSources.BusinessRegistry businesses = source(DataSources.BusinessRegistry.class);
    private final DataSources.DisabilityRegistry disability = source(DataSources.DisabilityRegistry.class);
    private final DataSources.MedicalSpendingFeed medical = source(DataSources.MedicalSpendingFeed.class);
    private final DataSources.PublicPayrollFeed payroll = source(DataSources.PublicPayrollFeed.class);
    /** A source that finds nothing unless told otherwise. */
    private static <T> T source(Class<T> type) {
        return mock(type, call -> Fact.notFound(type.getSimpleName()));
    }

    private final FactGathering gathering = new FactGathering(
            population, realEstate, vehicles, pensions, tax, bank, businesses, disability, medical, payroll);

    @Test
    void gathersEachFactFromItsSourceAndADeathFromThePopulationRegistry() {
        when(population.person(ID))
                .thenReturn(Fact.found(new DataSources.RegisteredPerson("张三", true), "POLICE", SEEN));
        when(tax.monthlyWage(ID)).thenReturn(Fact.found(new BigDecimal("1800.00"), "TAX", SEEN));
        when(bank.deposits(ID)).thenReturn(Fact.notFound("BANK"));
        when(medical.medicalExpenses12m(ID)).thenReturn(Fact.found(new BigDecimal("3200"), "MEDICAL", SEEN));

        MemberFacts facts = gathering.gather(ID);

        assertThat(facts.monthlyWage()).isEqualTo(Fact.found(new BigDecimal("1800.00"), "TAX", SEEN));
        assertThat(facts.deposits().found()).isFalse();
        assertThat(facts.medicalExpenses12m().value()).isEqualByComparingTo("3200");
        assertThat(facts.deceased()).isEqualTo(Fact.found(true, "POLICE", SEEN));
    }

    @Test
    void aPersonTheRegistryDoesNotKnowHasNoDeathFact() {
        when(population.person(ID)).thenReturn(Fact.notFound("POLICE"));

        assertThat(gathering.gather(ID).deceased()).isEqualTo(Fact.notFound("POLICE"));
    }

    @Test
    void aMemberWhoDidNotAuthoriseHasEveryFactNotFoundForThatReason() {
        MemberFacts none = FactGathering.unauthorized();

        assertThat(none.monthlyWage()).isEqualTo(Fact.notFound(DataSources.UNAUTHORIZED));
        assertThat(none.deceased().source()).isEqualTo(DataSources.UNAUTHORIZED);
        assertThat(none.homes().found()).isFalse();
    }
}
