package cq.assist.core.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import cq.assist.core.fixtures.CaseFixtures;
import cq.assist.core.notify.MessageAddressees.Addressee;
import org.junit.jupiter.api.Test;

/** Who an application's messages go to: the resident who filed for herself, and the applicant by identity. */
class ApplicationAddresseesTest {

    private final ApplicationMapper mapper = mock(ApplicationMapper.class);
    private final ApplicationAddressees addressees = new ApplicationAddressees(mapper);

    @Test
    void aSelfFilingReachesTheFilerAndTheApplicantAProxyFilingOnlyTheApplicant() {
        ApplicationRow self = CaseFixtures.application("app-1", "YJ1");
        ApplicationRow proxy = new ApplicationRow(
                "app-2",
                "YJ2",
                "IN_REVIEW",
                "PROXY",
                "w-1",
                CaseFixtures.COMMUNITY,
                "张三",
                null,
                "H2",
                new byte[] {7},
                "p",
                CaseFixtures.COMMUNITY,
                null,
                false,
                null,
                null,
                null,
                null,
                CaseFixtures.NOW,
                null,
                null,
                "w-1",
                null);
        when(mapper.selectById("app-1")).thenReturn(self);
        when(mapper.selectById("app-2")).thenReturn(proxy);

        assertThat(addressees.ofApplication("app-1")).hasValueSatisfying(to -> {
            assertThat(to.selfFilerAccountId()).isEqualTo("acc-1");
            assertThat(to.applicantIdNumberHash()).isEqualTo("H1");
        });
        Addressee byProxy = addressees.ofApplication("app-2").orElseThrow();
        assertThat(byProxy.selfFilerAccountId()).isNull();
        assertThat(byProxy.applicantPhoneEnc()).containsExactly(7);
        assertThat(addressees.ofApplication("gone")).isEmpty();
    }
}
