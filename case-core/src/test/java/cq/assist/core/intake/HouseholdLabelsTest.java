package cq.assist.core.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import cq.assist.core.fixtures.CaseFixtures;
import cq.assist.core.pii.PiiCipher;
import cq.assist.core.pii.PiiField;
import org.junit.jupiter.api.Test;

/** A household as a community worker's list names it: the applicant's name and the address, masked. */
class HouseholdLabelsTest {

    private final ApplicationMapper applications = mock(ApplicationMapper.class);
    private final PiiCipher cipher = CaseFixtures.cipher();
    private final HouseholdLabels labels = new HouseholdLabels(applications, cipher);

    @Test
    void masksTheNameAndCutsTheAddressBeforeTheHouseNumber() {
        ApplicationRow app = CaseFixtures.application("app-1", "YJ1");
        ApplicationRow withAddress = new ApplicationRow(
                app.id(),
                app.applicationNo(),
                app.status(),
                app.filedBy(),
                app.filerAccountId(),
                app.filerWorkerCommunity(),
                "卢小明",
                null,
                app.applicantIdNumberHash(),
                null,
                app.applicantPhoneHash(),
                app.communityCode(),
                cipher.encrypt(PiiField.APPLICATION_ADDRESS, "app-1", "重庆市渝中区领事巷12号3-1"),
                app.ownsHome(),
                app.homeAreaSqm(),
                app.hardshipCausesEnc(),
                null,
                null,
                app.submittedAt(),
                null,
                null,
                app.createBy(),
                null);
        when(applications.selectById("app-1")).thenReturn(withAddress);

        HouseholdLabels.Label label = labels.of("app-1").orElseThrow();

        assertThat(label.name()).isEqualTo("卢**");
        assertThat(label.address()).startsWith("重庆市渝中区领事巷").doesNotContain("12").doesNotContain("3-1");
    }

    @Test
    void noApplicationNoLabelAndNoAddressNoAddress() {
        assertThat(labels.of(null)).isEmpty();
        assertThat(labels.of("gone")).isEmpty();
        when(applications.selectById("app-1")).thenReturn(CaseFixtures.application("app-1", "YJ1"));
        assertThat(labels.of("app-1").orElseThrow().address()).isNull();
    }
}
