package cq.assist.core.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cq.assist.core.rules.Fact;
import cq.assist.core.rules.HouseholdSnapshot;
import cq.assist.core.rules.Member;
import cq.assist.core.rules.MemberFacts;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SnapshotCodecTest {

    private final SnapshotCodec codec = new SnapshotCodec(CheckFixtures.testCipher());

    @Test
    void readsBackAnEqualSnapshot() {
        HouseholdSnapshot snapshot = snapshotWithWage("1234.50");

        assertThat(codec.open("app-1", codec.seal("app-1", snapshot))).isEqualTo(snapshot);
    }

    @Test
    void storesNoReadableIncomeOrName() {
        String sealed = new String(codec.seal("app-1", snapshotWithWage("98765.43")), StandardCharsets.ISO_8859_1);

        assertThat(sealed).doesNotContain("98765").doesNotContain("monthlyWage");
    }

    @Test
    void refusesAChangedByte() {
        byte[] sealed = codec.seal("app-1", snapshotWithWage("10.00"));
        sealed[sealed.length - 1] ^= 1;

        assertThatThrownBy(() -> codec.open("app-1", sealed)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aSnapshotOpensOnlyForItsOwnApplication() {
        HouseholdSnapshot snapshot = snapshotWithWage("10.00");
        byte[] sealed = codec.seal("app-1", snapshot);

        assertThatThrownBy(() -> codec.open("app-2", sealed))
                .as("another application's snapshot copied into this row")
                .isInstanceOf(IllegalStateException.class);
        assertThat(codec.fromJson(CheckFixtures.testCipher()
                        .decryptBytes(cq.assist.core.pii.PiiField.CHECK_SNAPSHOT, "app-1", sealed)))
                .isEqualTo(snapshot);
    }

    static HouseholdSnapshot snapshotWithWage(String wage) {
        MemberFacts unauthorized = FactGathering.unauthorized();
        MemberFacts facts = new MemberFacts(
                Fact.found(new BigDecimal(wage), DataSources.TAX, Instant.parse("2026-11-23T01:02:03.456789Z")),
                unauthorized.monthlyPension(),
                unauthorized.monthlyOtherIncome(),
                unauthorized.deposits(),
                unauthorized.securities(),
                Fact.found(1, DataSources.REAL_ESTATE, Instant.parse("2026-11-23T01:02:03Z")),
                unauthorized.homeAreaSqm(),
                unauthorized.vehicles(),
                unauthorized.businesses(),
                unauthorized.disabilityGrade(),
                unauthorized.medicalExpenses12m(),
                Fact.found(false, DataSources.PUBLIC_PAYROLL, Instant.parse("2026-11-23T01:02:03Z")),
                Fact.found(false, DataSources.POPULATION, Instant.parse("2026-11-23T01:02:03Z")));
        var m = CheckFixtures.applicant("x");
        Member member = new Member(m.memberId(), "李军", m.relation(), m.birthDate(), m.employment(), false, 2, facts);
        var request = CheckFixtures.request(m);
        return new HouseholdSnapshot(
                request.applicationId(),
                request.regionCode(),
                true,
                request.housing(),
                request.declaredCauses(),
                false,
                "m1",
                List.of(member),
                request.heldOrPending());
    }
}
