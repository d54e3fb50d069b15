package cq.assist.core.fanout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import cq.assist.core.authorization.AuthorizationRecords;
import cq.assist.core.check.CheckRequest;
import cq.assist.core.fixtures.CaseFixtures;
import cq.assist.core.intake.Applications;
import cq.assist.core.intake.MemberRow;
import cq.assist.core.itemcase.ItemCases;
import cq.assist.core.pii.PiiCipher;
import cq.assist.core.pii.PiiField;
import cq.assist.core.rules.Employment;
import cq.assist.core.rules.HardshipCause;
import cq.assist.core.rules.ItemCode;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The economic check's request for an application: members decrypted and masked, each authorized only once
 * signed (when they must sign), declared causes and items the household holds, never over a broken seal.
 */
class CheckRequestsTest {

    private final Applications applications = mock(Applications.class);
    private final AuthorizationRecords records = mock(AuthorizationRecords.class);
    private final ItemCases cases = mock(ItemCases.class);
    private final FanOutMapper fanOut = mock(FanOutMapper.class);
    private final PiiCipher cipher = CaseFixtures.cipher();
    private final CheckRequests requests = new CheckRequests(applications, records, cases, fanOut, cipher);

    private MemberRow member(int seq, String name, String id, String relation, boolean coSigns, String health) {
        String key = PiiField.rowKey("app-1", seq);
        return new MemberRow(
                "app-1",
                seq,
                name,
                cipher.encrypt(PiiField.MEMBER_ID_NUMBER, key, id),
                "M" + seq,
                relation,
                null,
                null,
                LocalDate.of(1980, 1, 1),
                health == null ? null : cipher.encrypt(PiiField.MEMBER_HEALTH, key, health),
                false,
                null,
                coSigns);
    }

    @BeforeEach
    void anApplication() {
        when(records.firstBrokenSeal("app-1")).thenReturn(OptionalInt.empty());
        when(records.signedMembers("app-1")).thenReturn(Set.of(0));
        when(applications.members("app-1"))
                .thenReturn(List.of(
                        member(0, "张三", "500103198001010011", "SELF", false, null),
                        member(1, "王芳", "500103198001010022", "SPOUSE", true, "disabilityGrade=2"),
                        member(2, "张小明", "500103201501010033", "CHILD", false, null)));
        when(cases.activeItems("H1")).thenReturn(List.of("DIBAO"));
        when(fanOut.selectUrban(CaseFixtures.COMMUNITY)).thenReturn(null);
    }

    @Test
    void buildsTheRequestWithWhoMayBeChecked() {
        CheckRequest request = requests.of(CaseFixtures.application("app-1", "YJ1"), LocalDate.of(2026, 11, 30));

        assertThat(request.urban()).as("unknown region counts as urban").isTrue();
        assertThat(request.declaredCauses()).containsExactly(HardshipCause.ILLNESS);
        assertThat(request.heldOrPending()).containsExactly(ItemCode.DIBAO);
        assertThat(request.members())
                .extracting(CheckRequest.MemberToCheck::displayName, CheckRequest.MemberToCheck::authorized)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("张*", true),
                        org.assertj.core.groups.Tuple.tuple("王*", false),
                        org.assertj.core.groups.Tuple.tuple("张**", true));
        CheckRequest.MemberToCheck spouse = request.members().get(1);
        assertThat(spouse.idNumber()).isEqualTo("500103198001010022");
        assertThat(spouse.declaredDisabilityGrade()).isEqualTo(2);
        assertThat(spouse.employment()).isEqualTo(Employment.NOT_STATED);
    }

    @Test
    void aBrokenAuthorizationSealStopsTheCheck() {
        when(records.firstBrokenSeal("app-1")).thenReturn(OptionalInt.of(1));

        assertThatThrownBy(() -> requests.of(CaseFixtures.application("app-1", "YJ1"), LocalDate.of(2026, 11, 30)))
                .isInstanceOf(BrokenSealException.class);
    }
}
