package cq.assist.core.check;

import cq.assist.core.check.DataSources.RegisteredPerson;
import cq.assist.core.rules.Fact;
import cq.assist.core.rules.MemberFacts;
import org.springframework.stereotype.Component;

/** Asks every data-source port about one authorized person, or marks every fact UNAUTHORIZED. */
@Component
class FactGathering {

    private final DataSources.PopulationRegistry population;
    private final DataSources.RealEstateRegistry realEstate;
    private final DataSources.VehicleRegistry vehicles;
    private final DataSources.SocialSecurityFeed socialSecurity;
    private final DataSources.TaxAndWagesFeed tax;
    private final DataSources.BankFeed bank;
    private final DataSources.BusinessRegistry businesses;
    private final DataSources.DisabilityRegistry disability;
    private final DataSources.MedicalSpendingFeed medical;
    private final DataSources.PublicPayrollFeed payroll;

    FactGathering(
            DataSources.PopulationRegistry population,
            DataSources.RealEstateRegistry realEstate,
            DataSources.VehicleRegistry vehicles,
            DataSources.SocialSecurityFeed socialSecurity,
            DataSources.TaxAndWagesFeed tax,
            DataSources.BankFeed bank,
            DataSources.BusinessRegistry businesses,
            DataSources.DisabilityRegistry disability,
            DataSources.MedicalSpendingFeed medical,
            DataSources.PublicPayrollFeed payroll) {
        this.population = population;
        this.realEstate = realEstate;
        this.vehicles = vehicles;
        this.socialSecurity = socialSecurity;
        this.tax = tax;
        this.bank = bank;
        this.businesses = businesses;
        this.disability = disability;
        this.medical = medical;
        this.payroll = payroll;
    }

    MemberFacts gather(String idNumber) {
        Fact<RegisteredPerson> person = population.person(idNumber);
        Fact<Boolean> deceased = person.found()
                ? Fact.found(person.value().deceased(), person.source(), person.seenAt())
                : Fact.notFound(person.source());
        return new MemberFacts(
                tax.monthlyWage(idNumber),
                socialSecurity.monthlyPension(idNumber),
                tax.monthlyOtherIncome(idNumber),
                bank.deposits(idNumber),
                bank.securities(idNumber),
                realEstate.homes(idNumber),
                realEstate.homeAreaSqm(idNumber),
                vehicles.vehicles(idNumber),
                businesses.businesses(idNumber),
                disability.disabilityGrade(idNumber),
                medical.medicalExpenses12m(idNumber),
                payroll.onPublicPayroll(idNumber),
                deceased);
    }

    static MemberFacts unauthorized() {
        String source = DataSources.UNAUTHORIZED;
        return new MemberFacts(
                Fact.notFound(source),
                Fact.notFound(source),
                Fact.notFound(source),
                Fact.notFound(source),
                Fact.notFound(source),
                Fact.notFound(source),
                Fact.notFound(source),
                Fact.notFound(source),
                Fact.notFound(source),
                Fact.notFound(source),
                Fact.notFound(source),
                Fact.notFound(source),
                Fact.notFound(source));
    }
}
