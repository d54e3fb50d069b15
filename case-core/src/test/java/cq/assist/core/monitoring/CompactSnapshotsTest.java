package cq.assist.core.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import cq.assist.core.rules.Employment;
import cq.assist.core.rules.Fact;
import cq.assist.core.rules.HardshipCause;
import cq.assist.core.rules.HouseholdSnapshot;
import cq.assist.core.rules.Housing;
import cq.assist.core.rules.ItemCode;
import cq.assist.core.rules.Member;
import cq.assist.core.rules.MemberFacts;
import cq.assist.core.rules.Relation;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CompactSnapshotsTest {

    @Test
    void readingGivesBackAnEqualSnapshot() {
        Instant seen = Instant.parse("2026-11-30T08:15:30.123456789Z");
        MemberFacts facts = new MemberFacts(
                Fact.found(new BigDecimal("1234.50"), "hrss", seen),
                Fact.notFound("pension"),
                Fact.found(BigDecimal.ZERO, "tax", seen),
                Fact.found(new BigDecimal("98765432109876543210.01"), "bank", seen),
                Fact.found(new BigDecimal("0.10"), "bank", null),
                Fact.found(1, "housing", seen),
                Fact.found(new BigDecimal("38.00"), "housing", seen),
                Fact.found(0, "police", seen),
                Fact.notFound("market"),
                Fact.found(2, "disability", seen),
                Fact.found(new BigDecimal("15000"), "medical", seen),
                Fact.found(false, "finance", seen),
                Fact.found(true, "civil", seen));
        HouseholdSnapshot snapshot = new HouseholdSnapshot(
                "app-1",
                "500103001001",
                true,
                new Housing(true, new BigDecimal("38.5")),
                Set.of(HardshipCause.ILLNESS, HardshipCause.DISABILITY),
                true,
                "m1",
                List.of(
                        new Member(
                                "m1",
                                "李*",
                                Relation.SELF,
                                LocalDate.of(1958, 3, 1),
                                Employment.RETIRED,
                                false,
                                2,
                                facts),
                        new Member(
                                "m2",
                                "王*",
                                Relation.GRANDCHILD,
                                LocalDate.of(2014, 9, 9),
                                Employment.STUDENT,
                                true,
                                null,
                                facts)),
                Set.of(ItemCode.DIBAO, ItemCode.POWER_WAIVER));

        byte[] compact = CompactSnapshots.write(snapshot);

        assertThat(CompactSnapshots.isCompact(compact)).isTrue();
        assertThat(CompactSnapshots.read(compact)).isEqualTo(snapshot);
        assertThat(CompactSnapshots.isCompact("{\"householdId\":1}".getBytes())).isFalse();
    }
}
