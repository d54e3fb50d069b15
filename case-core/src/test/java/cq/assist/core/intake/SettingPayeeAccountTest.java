package cq.assist.core.intake;

import static cq.assist.core.fixtures.CaseFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cq.assist.core.common.DomainException;
import cq.assist.core.common.ProblemKind;
import cq.assist.core.fixtures.CaseFixtures;
import cq.assist.core.pii.PiiCipher;
import cq.assist.core.pii.PiiField;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/**
 * The payee account: stored encrypted and bound to its application, answered masked; a bad number or bank names
 * its field; someone else's application is not found and nothing is stored.
 */
class SettingPayeeAccountTest {

    private final ApplicationMapper applications = mock(ApplicationMapper.class);
    private final ReadingApplications reading = mock(ReadingApplications.class);
    private final PiiCipher cipher = CaseFixtures.cipher();
    private final SettingPayeeAccount setting =
            new SettingPayeeAccount(applications, reading, cipher, CaseFixtures.clock());
    private final Filer resident = Filer.resident("acc-1");

    @Test
    void theAccountIsStoredEncryptedForItsApplicationAndAnsweredMasked() {
        ApplicationRow row = CaseFixtures.application("app-1", "YJ1");
        when(applications.selectById("app-1")).thenReturn(row);
        when(reading.visibleTo(resident, row)).thenReturn(true);

        SettingPayeeAccount.PayeeAccount answer =
                setting.set(resident, "app-1", "6230 5800-0012 3456 789", " 重庆农村商业银行 ");

        assertThat(answer).isEqualTo(new SettingPayeeAccount.PayeeAccount("***************6789", "重庆农村商业银行"));
        ArgumentCaptor<byte[]> stored = ArgumentCaptor.forClass(byte[].class);
        verify(applications).updatePayeeAccount(eq("app-1"), stored.capture(), eq("重庆农村商业银行"), eq(NOW));
        assertThat(new String(stored.getValue(), StandardCharsets.ISO_8859_1)).doesNotContain("6230580000123456789");
        assertThat(cipher.decrypt(PiiField.APPLICATION_PAYEE_ACCOUNT, "app-1", stored.getValue()))
                .isEqualTo("6230580000123456789");
    }

    @Test
    void aBadNumberOrBankNamesItsField() {
        assertThatThrownBy(() -> setting.set(resident, "app-1", "62305800", "x"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.fieldErrors())
                        .extracting(DomainException.FieldError::field)
                        .containsExactly("accountNumber", "bankName"));
        assertThatThrownBy(() -> setting.set(resident, "app-1", "6230abc0000123456789", "重庆银行"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.fieldErrors())
                        .extracting(DomainException.FieldError::field)
                        .containsExactly("accountNumber"));
        assertThatThrownBy(() -> setting.set(resident, "app-1", null, null)).isInstanceOf(DomainException.class);
        verify(applications, never()).updatePayeeAccount(anyString(), any(), anyString(), any());
    }

    @Test
    void someoneElsesApplicationIsNotFoundAndNothingIsStored() {
        ApplicationRow row = CaseFixtures.application("app-2", "YJ2");
        when(applications.selectById("app-2")).thenReturn(row);
        when(reading.visibleTo(resident, row)).thenReturn(false);

        assertThatThrownBy(() -> setting.set(resident, "app-2", "6230580000123456789", "重庆银行"))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.kind()).isEqualTo(ProblemKind.NOT_FOUND));
        assertThatThrownBy(() -> setting.set(resident, "nope", "6230580000123456789", "重庆银行"))
                .isInstanceOf(DomainException.class);
        verify(applications, never()).updatePayeeAccount(anyString(), any(), anyString(), any());
    }

    @Test
    void theAccountOnFileIsAnsweredMaskedWithItsBankAndTime() {
        byte[] enc = cipher.encrypt(PiiField.APPLICATION_PAYEE_ACCOUNT, "app-1", "6230580000123456789");
        when(applications.selectPayeeAccount("app-1")).thenReturn(new PayeeAccountRow(enc, "重庆农村商业银行", NOW));

        assertThat(setting.onFile("app-1"))
                .contains(new SettingPayeeAccount.OnFile("***************6789", "重庆农村商业银行", NOW));
        assertThat(setting.onFile("app-2")).as("none given").isEmpty();
        assertThat(setting.onFile(null)).isEmpty();
    }
}
