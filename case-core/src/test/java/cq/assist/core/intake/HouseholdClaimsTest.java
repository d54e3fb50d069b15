package cq.assist.core.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import cq.assist.core.common.DomainException;
import cq.assist.core.common.ProblemKind;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;
import org.springframework.dao.DuplicateKeyException;

/**
 * One open or granted application per household: each member claimed by the database's key, in a fixed order
 * (no deadlock between two filings), a stale claim taken over, a covering one refused with its number.
 */
class HouseholdClaimsTest {

    private final HouseholdClaimMapper mapper = mock(HouseholdClaimMapper.class);
    private final HouseholdClaims claims = new HouseholdClaims(mapper);

    private static MemberRow member(String hash) {
        return new MemberRow("app-2", 0, "x", null, hash, "SELF", null, null, null, null, false, null, false);
    }

    @Test
    void claimsEveryMemberInHashOrder() {
        claims.claim("app-2", "acc-1", List.of(member("b"), member("a")));

        InOrder order = inOrder(mapper);
        order.verify(mapper).insert("a", "app-2", "acc-1");
        order.verify(mapper).insert("b", "app-2", "acc-1");
    }

    @Test
    void aStaleClaimIsTakenOver() {
        doThrow(new DuplicateKeyException("held")).when(mapper).insert("a", "app-2", "acc-1");
        when(mapper.selectHolder("a")).thenReturn(new HouseholdClaimMapper.ClaimHolder("app-1", "YJ1", false));
        when(mapper.takeOver("a", "app-1", "app-2", "acc-1")).thenReturn(1);

        claims.claim("app-2", "acc-1", List.of(member("a")));

        org.mockito.Mockito.verify(mapper).takeOver("a", "app-1", "app-2", "acc-1");
    }

    @Test
    void aCoveringApplicationIsAConflictNamingItsNumber() {
        doThrow(new DuplicateKeyException("held")).when(mapper).insert(anyString(), anyString(), anyString());
        when(mapper.selectHolder("a")).thenReturn(new HouseholdClaimMapper.ClaimHolder("app-1", "YJ1", true));

        assertThatThrownBy(() -> claims.claim("app-2", "acc-1", List.of(member("a"))))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ProblemKind.CONFLICT);
                    assertThat(e.typeSlug()).isEqualTo("household-already-covered");
                    assertThat(e.properties()).containsEntry("applicationNo", "YJ1");
                });
    }

    @Test
    void losingTheTakeOverToAnotherFilingNamesTheWinner() {
        doThrow(new DuplicateKeyException("held")).when(mapper).insert(anyString(), anyString(), anyString());
        when(mapper.selectHolder("a"))
                .thenReturn(
                        new HouseholdClaimMapper.ClaimHolder("app-1", "YJ1", false),
                        new HouseholdClaimMapper.ClaimHolder("app-3", "YJ3", true));
        when(mapper.takeOver("a", "app-1", "app-2", "acc-1")).thenReturn(0);

        assertThatThrownBy(() -> claims.claim("app-2", "acc-1", List.of(member("a"))))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.properties()).containsEntry("applicationNo", "YJ3"));
    }
}
