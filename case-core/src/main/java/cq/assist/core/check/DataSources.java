package cq.assist.core.check;

import cq.assist.core.rules.Fact;
import java.math.BigDecimal;

/**
 * The economic check's ports: one per departmental data source. Each answers for one ID number with
 * {@link Fact#found} or {@link Fact#notFound}; "no record" is never zero. Implementations must not log
 * the ID number. The check only calls them for members whose authorization is valid.
 */
public final class DataSources {

    public static final String POPULATION = "POPULATION_REGISTRY";
    public static final String REAL_ESTATE = "REAL_ESTATE";
    public static final String VEHICLES = "VEHICLES";
    public static final String SOCIAL_SECURITY = "SOCIAL_SECURITY";
    public static final String TAX = "TAX_AND_WAGES";
    public static final String BANK = "BANK_DEPOSITS_SECURITIES";
    public static final String BUSINESS = "BUSINESSES";
    public static final String DISABILITY = "DISABILITY_CERTIFICATES";
    public static final String MEDICAL = "MEDICAL_SPENDING";
    public static final String PUBLIC_PAYROLL = "PUBLIC_PAYROLL";
    /** The source named on every fact of a member whose authorization is missing or expired. */
    public static final String UNAUTHORIZED = "UNAUTHORIZED";

    private DataSources() {}

    /** A person as the population registry (户籍) knows them. */
    public record RegisteredPerson(String name, boolean deceased) {}

    /** Police household registration: whether the person exists, the name, a registered death. */
    public interface PopulationRegistry {
        Fact<RegisteredPerson> person(String idNumber);
    }

    /** Housing department: homes owned and their total floor area. */
    public interface RealEstateRegistry {
        Fact<Integer> homes(String idNumber);

        Fact<BigDecimal> homeAreaSqm(String idNumber);
    }

    /** Police traffic administration: vehicles registered to the person. */
    public interface VehicleRegistry {
        Fact<Integer> vehicles(String idNumber);
    }

    /** Human resources and social security: pensions paid per month. */
    public interface SocialSecurityFeed {
        Fact<BigDecimal> monthlyPension(String idNumber);
    }

    /** Tax: wages and other (property, transfer) income per month. */
    public interface TaxAndWagesFeed {
        Fact<BigDecimal> monthlyWage(String idNumber);

        Fact<BigDecimal> monthlyOtherIncome(String idNumber);
    }

    /** Banks: deposits and securities held. */
    public interface BankFeed {
        Fact<BigDecimal> deposits(String idNumber);

        Fact<BigDecimal> securities(String idNumber);
    }

    /** Market regulation: registered businesses. */
    public interface BusinessRegistry {
        Fact<Integer> businesses(String idNumber);
    }

    /** Disabled persons' federation: grade on the disability certificate (NOT_FOUND = no certificate). */
    public interface DisabilityRegistry {
        Fact<Integer> disabilityGrade(String idNumber);
    }

    /** Medical security: own-paid medical expenses in the last 12 months. */
    public interface MedicalSpendingFeed {
        Fact<BigDecimal> medicalExpenses12m(String idNumber);
    }

    /** Finance: whether the person is paid from public finance. */
    public interface PublicPayrollFeed {
        Fact<Boolean> onPublicPayroll(String idNumber);
    }
}
