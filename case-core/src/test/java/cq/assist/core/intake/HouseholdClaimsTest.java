package cq.assist.core.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cq.assist.core.common.DomainException;
import cq.assist.core.common.ProblemKind;
import cq.assist.core.fixtures.CaseFixtures;
import cq.assist.core.pii.PiiCipher;
import cq.assist.core.pii.PiiField;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;
import org.springframework.dao.DuplicateKeyException;

/**
 * One open or granted application per household: each member claimed by the database's key, in a fixed order
 * (no deadlock between two filings), a stale claim taken over, a covering one refused, with its number only for a
 * filer entitled to it (its own filer, a member of it, a worker of its community).
 */
class HouseholdClaimsTest {

    private final HouseholdClaimMapper mapper = mock(HouseholdClaimMapper.class);
    private final ApplicationMapper applications = mock(ApplicationMapper.class);
    private final PiiCipher cipher = CaseFixtures.cipher();
    private final HouseholdClaims claims = new HouseholdClaims(mapper, applications, cipher);

    private MemberRow member(int seq, String idNumber) {
        return new MemberRow(
                "app-2",
                seq,
                "x",
                cipher.encrypt(PiiField.MEMBER_ID_NUMBER, PiiField.rowKey("app-2", seq), idNumber),
                cipher.blindIndex(idNumber),
                seq == 0 ? "SELF" : "SPOUSE",
                null,
                null,
                null,
                null,
                false,
                null,
                false);
    }

    @Test
    void claimsEveryMemberInHashOrder() {
        MemberRow a = member(0, "500103198001011234");
        MemberRow b = member(1, "500103198202022345");
        List<String> sorted =
                List.of(a.idNumberHash(), b.idNumberHash()).stream().sorted().toList();

        claims.claim("app-2", Filer.resident("acc-1"), CaseFixtures.COMMUNITY, List.of(b, a));

        InOrder order = inOrder(mapper);
        order.verify(mapper).insert(sorted.get(0), "app-2", "acc-1");
        order.verify(mapper).insert(sorted.get(1), "app-2", "acc-1");
    }

    @Test
    void aStaleClaimIsTakenOver() {
        MemberRow a = member(0, "500103198001011234");
        doThrow(new DuplicateKeyException("held")).when(mapper).insert(a.idNumberHash(), "app-2", "acc-1");
        when(mapper.selectHolder(a.idNumberHash()))
                .thenReturn(new HouseholdClaimMapper.ClaimHolder("app-1", "YJ1", false));
        when(mapper.takeOver(a.idNumberHash(), "app-1", "app-2", "acc-1")).thenReturn(1);

        claims.claim("app-2", Filer.resident("acc-1"), CaseFixtures.COMMUNITY, List.of(a));

        verify(mapper).takeOver(a.idNumberHash(), "app-1", "app-2", "acc-1");
    }

    @Test
    void theCoveringApplicationsOwnFilerIsToldItsNumber() {
        MemberRow a = member(0, "500103198001011234");
        doThrow(new DuplicateKeyException("held")).when(mapper).insert(anyString(), anyString(), anyString());
        when(mapper.selectHolder(a.idNumberHash()))
                .thenReturn(new HouseholdClaimMapper.ClaimHolder("app-1", "YJ1", true));
        when(applications.selectById("app-1")).thenReturn(CaseFixtures.application("app-1", "YJ1"));

        assertThatThrownBy(() -> claims.claim("app-2", Filer.resident("acc-1"), CaseFixtures.COMMUNITY, List.of(a)))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ProblemKind.CONFLICT);
                    assertThat(e.typeSlug()).isEqualTo("household-already-covered");
                    assertThat(e.properties()).containsEntry("applicationNo", "YJ1");
                });
    }

    @Test
    void aStrangerIsRefusedWithoutTheNumber() {
        MemberRow a = member(0, "500103198001011234");
        doThrow(new DuplicateKeyException("held")).when(mapper).insert(anyString(), anyString(), anyString());
        when(mapper.selectHolder(a.idNumberHash()))
                .thenReturn(new HouseholdClaimMapper.ClaimHolder("app-1", "YJ1", true));
        when(applications.selectById("app-1")).thenReturn(CaseFixtures.application("app-1", "YJ1"));
        when(applications.selectMembers("app-1")).thenReturn(List.of());

        assertThatThrownBy(() -> claims.claim("app-2", Filer.resident("stranger"), CaseFixtures.COMMUNITY, List.of(a)))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.typeSlug()).isEqualTo("household-already-covered");
                    assertThat(e.properties()).doesNotContainKey("applicationNo");
                });
    }
}
