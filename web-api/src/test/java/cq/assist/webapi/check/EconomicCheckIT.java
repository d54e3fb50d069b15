package cq.assist.webapi.check;

import static org.assertj.core.api.Assertions.assertThat;

import cq.assist.core.check.CheckFixtures;
import cq.assist.core.check.CheckRequest;
import cq.assist.core.check.DataSources;
import cq.assist.core.check.EconomicCheck;
import cq.assist.core.check.ReferenceRegistrySources;
import cq.assist.core.check.RegistryStaging;
import cq.assist.core.check.StagedPerson;
import cq.assist.core.check.TestIdNumbers;
import cq.assist.core.rules.Fact;
import cq.assist.core.rules.HouseholdSnapshot;
import cq.assist.core.rules.MemberFacts;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** The economic check against the reference registry on MariaDB. */
@SpringBootTest
class EconomicCheckIT {

    @Autowired
    RegistryStaging staging;

    @Autowired
    ReferenceRegistrySources sources;

    @Autowired
    EconomicCheck check;

    @Autowired
    JdbcTemplate jdbc;

    private String stagedPerson(String name, String wage) {
        String idNumber = TestIdNumbers.adult();
        staging.stage(new StagedPerson(
                idNumber,
                name,
                new BigDecimal(wage),
                null,
                null,
                new BigDecimal("3000.00"),
                null,
                1,
                new BigDecimal("42.50"),
                0,
                null,
                2,
                null,
                false,
                false));
        return idNumber;
    }

    @Test
    void answersFoundForStagedFactsAndNotFoundForNullColumns() {
        String idNumber = stagedPerson("周核对", "1500.00");

        assertThat(sources.monthlyWage(idNumber).value()).isEqualByComparingTo("1500.00");
        assertThat(sources.homes(idNumber).value()).isEqualTo(1);
        assertThat(sources.vehicles(idNumber))
                .satisfies(f -> assertThat(f.found()).isTrue());
        assertThat(sources.vehicles(idNumber).value()).isZero();
        assertThat(sources.disabilityGrade(idNumber).value()).isEqualTo(2);
        assertThat(sources.person(idNumber).value()).isEqualTo(new DataSources.RegisteredPerson("周核对", false));
        assertThat(sources.monthlyPension(idNumber)).isEqualTo(Fact.notFound(DataSources.SOCIAL_SECURITY));
        assertThat(sources.securities(idNumber)).isEqualTo(Fact.notFound(DataSources.BANK));
    }

    @Test
    void answersNotFoundForEverySourceWhenThePersonIsUnknown() {
        CheckRequest request = CheckFixtures.request(CheckFixtures.applicant(TestIdNumbers.adult()));

        MemberFacts facts = check.run(request).members().get(0).facts();

        assertThat(facts.monthlyWage().found()).isFalse();
        assertThat(facts.deceased()).isEqualTo(Fact.notFound(DataSources.POPULATION));
        assertThat(facts.disabilityGrade()).isEqualTo(Fact.notFound(DataSources.DISABILITY));
        assertThat(facts.onPublicPayroll()).isEqualTo(Fact.notFound(DataSources.PUBLIC_PAYROLL));
    }

    @Test
    void marksAnUnauthorizedMembersFactsWithoutLookingThemUp() {
        String spouse = stagedPerson("吴配偶", "8000.00");
        CheckRequest request = CheckFixtures.request(
                CheckFixtures.applicant(stagedPerson("郑申请", "300.00")), CheckFixtures.spouse(spouse, false));

        HouseholdSnapshot snapshot = check.run(request);

        assertThat(snapshot.members().get(0).facts().monthlyWage().value()).isEqualByComparingTo("300.00");
        assertThat(snapshot.members().get(1).facts().monthlyWage()).isEqualTo(Fact.notFound(DataSources.UNAUTHORIZED));
    }

    @Test
    void asecondRunWritesNothingAndReturnsTheStoredSnapshot() {
        String applicant = stagedPerson("冯一次", "700.00");
        CheckRequest request = CheckFixtures.request(CheckFixtures.applicant(applicant));

        HouseholdSnapshot first = check.run(request);
        staging.stage(StagedPerson.named(applicant, "冯一次"));
        HouseholdSnapshot second = check.run(request);

        assertThat(second).isEqualTo(first);
        assertThat(second.members().get(0).facts().monthlyWage().value()).isEqualByComparingTo("700.00");
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM household_snapshot WHERE application_id = ?",
                        Integer.class,
                        request.applicationId()))
                .isEqualTo(1);
    }

    @Test
    void storesTheSnapshotEncrypted() {
        CheckRequest request = CheckFixtures.request(CheckFixtures.applicant(stagedPerson("陈加密", "4321.98")));

        check.run(request);

        byte[] raw = jdbc.queryForObject(
                "SELECT snapshot_enc FROM household_snapshot WHERE application_id = ?",
                byte[].class,
                request.applicationId());
        String asText = new String(raw, StandardCharsets.UTF_8) + new String(raw, StandardCharsets.ISO_8859_1);
        assertThat(asText).doesNotContain("4321.98").doesNotContain("申请人").doesNotContain("monthlyWage");
        assertThat(check.find(request.applicationId())).isPresent();
    }
}
