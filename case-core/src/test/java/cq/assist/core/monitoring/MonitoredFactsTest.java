package cq.assist.core.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import cq.assist.core.check.SnapshotCodec;
import cq.assist.core.fixtures.CaseFixtures;
import cq.assist.core.pii.PiiCipher;
import cq.assist.core.rules.Employment;
import cq.assist.core.rules.HouseholdSnapshot;
import cq.assist.core.rules.Households;
import cq.assist.core.rules.Relation;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A monitored household's facts: sealed compact under the household's key; facts copied from the check at
 * enrolment (JSON under the application's key) open too and come back re-sealed compact for the next write.
 */
class MonitoredFactsTest {

    private final PiiCipher cipher = CaseFixtures.cipher();
    private final SnapshotCodec codec = new SnapshotCodec(cipher);
    private final MonitoredFacts facts = new MonitoredFacts(cipher, codec);
    private final HouseholdSnapshot household = Households.single(Households.member(
            "m1",
            Relation.SELF,
            LocalDate.of(1970, 3, 1),
            Employment.UNEMPLOYED,
            Households.facts().set("medicalExpenses", 2000)));

    @Test
    void compactFactsOpenAsTheyWereSealed() {
        byte[] sealed = facts.seal("H1", household);

        MonitoredFacts.Opened opened = facts.open("H1", "app-1", sealed);

        assertThat(opened.snapshot()).isEqualTo(CompactSnapshots.read(CompactSnapshots.write(household)));
        assertThat(opened.compact()).as("nothing to re-seal").isNull();
    }

    @Test
    void factsCopiedFromTheCheckOpenAndComeBackCompact() {
        byte[] fromTheCheck = codec.seal("app-1", household);

        MonitoredFacts.Opened opened = facts.open("H1", "app-1", fromTheCheck);

        assertThat(opened.snapshot()).isEqualTo(household);
        assertThat(opened.compact()).isNotNull();
        assertThat(facts.open("H1", "app-1", opened.compact()).compact()).isNull();
    }
}
