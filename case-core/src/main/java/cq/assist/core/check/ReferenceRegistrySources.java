package cq.assist.core.check;

import cq.assist.core.check.DataSources.RegisteredPerson;
import cq.assist.core.pii.PiiCipher;
import cq.assist.core.rules.Fact;
import cq.assist.core.time.BusinessClock;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Stand-in for the departmental data feeds: answers every port from the seeded reference registry
 * ({@code registry_person}), found by the ID number's blind index. A NULL column means that source has
 * no record (NOT_FOUND); a person without a row is NOT_FOUND for every source. Selected by
 * {@code assist.check.source=reference-registry} (the default); real feeds replace it port by port.
 */
@Component
@ConditionalOnProperty(name = "assist.check.source", havingValue = "reference-registry", matchIfMissing = true)
public class ReferenceRegistrySources
        implements DataSources.PopulationRegistry,
                DataSources.RealEstateRegistry,
                DataSources.VehicleRegistry,
                DataSources.SocialSecurityFeed,
                DataSources.TaxAndWagesFeed,
                DataSources.BankFeed,
                DataSources.BusinessRegistry,
                DataSources.DisabilityRegistry,
                DataSources.MedicalSpendingFeed,
                DataSources.PublicPayrollFeed {

    private final RegistryPersonMapper registry;
    private final PiiCipher cipher;
    private final BusinessClock clock;

    public ReferenceRegistrySources(RegistryPersonMapper registry, PiiCipher cipher, BusinessClock clock) {
        this.registry = registry;
        this.cipher = cipher;
        this.clock = clock;
    }

    @Override
    public Fact<RegisteredPerson> person(String idNumber) {
        return fact(idNumber, DataSources.POPULATION, row -> new RegisteredPerson(row.name(), row.deceased()));
    }

    @Override
    public Fact<Integer> homes(String idNumber) {
        return fact(idNumber, DataSources.REAL_ESTATE, RegistryPersonRow::homes);
    }

    @Override
    public Fact<BigDecimal> homeAreaSqm(String idNumber) {
        return fact(idNumber, DataSources.REAL_ESTATE, RegistryPersonRow::homeAreaSqm);
    }

    @Override
    public Fact<Integer> vehicles(String idNumber) {
        return fact(idNumber, DataSources.VEHICLES, RegistryPersonRow::vehicles);
    }

    @Override
    public Fact<BigDecimal> monthlyPension(String idNumber) {
        return fact(idNumber, DataSources.SOCIAL_SECURITY, RegistryPersonRow::monthlyPension);
    }

    @Override
    public Fact<BigDecimal> monthlyWage(String idNumber) {
        return fact(idNumber, DataSources.TAX, RegistryPersonRow::monthlyWage);
    }

    @Override
    public Fact<BigDecimal> monthlyOtherIncome(String idNumber) {
        return fact(idNumber, DataSources.TAX, RegistryPersonRow::monthlyOtherIncome);
    }

    @Override
    public Fact<BigDecimal> deposits(String idNumber) {
        return fact(idNumber, DataSources.BANK, RegistryPersonRow::deposits);
    }

    @Override
    public Fact<BigDecimal> securities(String idNumber) {
        return fact(idNumber, DataSources.BANK, RegistryPersonRow::securities);
    }

    @Override
    public Fact<Integer> businesses(String idNumber) {
        return fact(idNumber, DataSources.BUSINESS, RegistryPersonRow::businesses);
    }

    @Override
    public Fact<Integer> disabilityGrade(String idNumber) {
        return fact(idNumber, DataSources.DISABILITY, RegistryPersonRow::disabilityGrade);
    }

    @Override
    public Fact<BigDecimal> medicalExpenses12m(String idNumber) {
        return fact(idNumber, DataSources.MEDICAL, RegistryPersonRow::medicalExpenses12m);
    }

    @Override
    public Fact<Boolean> onPublicPayroll(String idNumber) {
        return fact(idNumber, DataSources.PUBLIC_PAYROLL, RegistryPersonRow::onPublicPayroll);
    }

    private <T> Fact<T> fact(String idNumber, String source, Function<RegistryPersonRow, T> column) {
        Optional<T> value =
                cipher.findByIndex(idNumber, registry::selectByIdHash).map(column);
        return value.isPresent() ? Fact.found(value.get(), source, clock.now()) : Fact.notFound(source);
    }
}
