package cq.assist.core.check;

import cq.assist.core.check.CheckRequest.MemberToCheck;
import cq.assist.core.pii.PiiCipher;
import cq.assist.core.pii.PiiProperties;
import cq.assist.core.rules.Employment;
import cq.assist.core.rules.HardshipCause;
import cq.assist.core.rules.Housing;
import cq.assist.core.rules.Relation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Fixture factory for check requests and a test-only cipher. */
public final class CheckFixtures {

    private CheckFixtures() {}

    /** A cipher with fixed test keys (never used outside tests). */
    public static PiiCipher testCipher() {
        return new PiiCipher(new PiiProperties(
                "AQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQE=",
                "AgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgI=",
                "AwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwM="));
    }

    /** The applicant, authorized. */
    public static MemberToCheck applicant(String idNumber) {
        return new MemberToCheck(
                "m1",
                "申请人",
                idNumber,
                Relation.SELF,
                LocalDate.of(1975, 3, 4),
                Employment.UNEMPLOYED,
                false,
                null,
                true);
    }

    /** A spouse whose authorization is valid or not. */
    public static MemberToCheck spouse(String idNumber, boolean authorized) {
        return new MemberToCheck(
                "m2",
                "王*",
                idNumber,
                Relation.SPOUSE,
                LocalDate.of(1977, 5, 6),
                Employment.EMPLOYED,
                false,
                null,
                authorized);
    }

    /** A request for a new application with the given members. */
    public static CheckRequest request(MemberToCheck... members) {
        return new CheckRequest(
                "app-" + UUID.randomUUID(),
                LocalDate.of(2026, 11, 23),
                "500103001001",
                true,
                new Housing(false, new BigDecimal("35.00")),
                Set.of(HardshipCause.ILLNESS),
                false,
                Set.of(),
                List.of(members));
    }
}
