package cq.assist.core.charityrequest;

import static cq.assist.core.fixtures.CaseFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cq.assist.core.audit.AuditEntry;
import cq.assist.core.audit.AuditLog;
import cq.assist.core.charity.CharityFunds;
import cq.assist.core.fanout.ApplicationItems;
import cq.assist.core.fixtures.CaseFixtures;
import cq.assist.core.intake.ApplicationRow;
import cq.assist.core.intake.Applications;
import cq.assist.core.pii.PiiCipher;
import cq.assist.core.pii.PiiField;
import cq.assist.core.rules.HardshipCause;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/**
 * A charity's desk: a request shows exactly the fields its consent shares, each view audited with the consent's
 * purpose; a withdrawn consent shows nothing and is not audited as a view.
 */
class CharityDeskTest {

    private final CharityRequestMapper requests = mock(CharityRequestMapper.class);
    private final Applications applications = mock(Applications.class);
    private final PiiCipher cipher = CaseFixtures.cipher();
    private final AuditLog audit = mock(AuditLog.class);
    private final CharityDesk desk = new CharityDesk(
            requests,
            mock(CharityFunds.class),
            applications,
            mock(ApplicationItems.class),
            mock(HouseholdMedicalExpenses.class),
            cipher,
            audit);

    private static CharityRequestRow request(String id) {
        return new CharityRequestRow(
                id, "app-1", "p1", "大病帮扶", "org-1", "渝中慈善会", "H1", "acc-1", "SUBMITTED", null, null, null, null, NOW);
    }

    private static CharityConsentRow consent(String requestId, String fields, boolean withdrawn) {
        return new CharityConsentRow(
                requestId,
                "app-1",
                "org-1",
                "渝中慈善会",
                "p1",
                "评估帮扶需求",
                fields,
                "同意书",
                "sha",
                "acc-1",
                NOW,
                withdrawn ? "acc-1" : null,
                withdrawn ? NOW : null);
    }

    @BeforeEach
    void anApplication() {
        ApplicationRow app = CaseFixtures.application("app-1", "YJ1");
        when(applications.find("app-1"))
                .thenReturn(new ApplicationRow(
                        app.id(),
                        app.applicationNo(),
                        app.status(),
                        app.filedBy(),
                        app.filerAccountId(),
                        null,
                        "张三",
                        null,
                        "H1",
                        cipher.encrypt(PiiField.APPLICATION_APPLICANT_PHONE, "app-1", "13800001111"),
                        "p",
                        app.communityCode(),
                        null,
                        false,
                        null,
                        cipher.encrypt(PiiField.APPLICATION_HARDSHIP_CAUSES, "app-1", "ILLNESS"),
                        null,
                        null,
                        NOW,
                        null,
                        null,
                        "acc-1",
                        null));
    }

    @Test
    void showsOnlyTheConsentedFieldsAndAuditsTheView() {
        when(requests.selectByOrg("org-1", 500)).thenReturn(List.of(request("r1")));
        when(requests.selectConsent("r1")).thenReturn(consent("r1", "NAME,PHONE,HARDSHIP_CAUSES", false));

        CharityDesk.Need need = desk.needs("org-1", "charity-1", "10.0.0.1").get(0);

        assertThat(need.sharedFields())
                .containsExactly(SharedField.NAME, SharedField.PHONE, SharedField.HARDSHIP_CAUSES);
        assertThat(need.data())
                .containsOnlyKeys("name", "phone", "hardshipCauses")
                .containsEntry("name", "张三")
                .containsEntry("phone", "13800001111")
                .containsEntry("hardshipCauses", List.of(HardshipCause.ILLNESS.zh()));
        ArgumentCaptor<AuditEntry> entry = ArgumentCaptor.forClass(AuditEntry.class);
        verify(audit).record(entry.capture());
        assertThat(entry.getValue().action()).isEqualTo(CharityDesk.AUDIT_ACTION);
        assertThat(entry.getValue().subjectId()).isEqualTo("r1");
        assertThat(entry.getValue().purpose()).isEqualTo("评估帮扶需求");
    }

    @Test
    void aWithdrawnConsentSharesNothing() {
        when(requests.selectByOrg("org-1", 500)).thenReturn(List.of(request("r2")));
        when(requests.selectConsent("r2")).thenReturn(consent("r2", "NAME,PHONE", true));

        CharityDesk.Need need = desk.needs("org-1", "charity-1", null).get(0);

        assertThat(need.data()).isEmpty();
        assertThat(need.sharedFields()).isEmpty();
        assertThat(need.consentWithdrawnAt()).isEqualTo(NOW);
        verify(audit, never()).record(any());
        verify(applications, never()).find(any());
        assertThat(desk.needs(null, "x", null)).isEmpty();
    }

    @Test
    void fieldKeysAreCamelCase() {
        assertThat(CharityDesk.key(SharedField.ASSISTANCE_RECEIVED)).isEqualTo("assistanceReceived");
        assertThat(CharityDesk.key(SharedField.NAME)).isEqualTo("name");
    }
}
