package cq.assist.core.login;

import static cq.assist.core.fixtures.CaseFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cq.assist.core.fixtures.CaseFixtures;
import cq.assist.core.pii.PiiCipher;
import cq.assist.core.pii.PiiField;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** Phone accounts: created on first login by the phone's blind index, phone and bound ID number encrypted. */
class MobileAccountServiceTest {

    private static final String PHONE = "13800001111";

    private final MobileAccountMapper mapper = mock(MobileAccountMapper.class);
    private final PiiCipher cipher = CaseFixtures.cipher();
    private final MobileAccountService accounts = new MobileAccountService(mapper, cipher, CaseFixtures.clock());
    private final String phoneHash = cipher.blindIndex(PHONE);

    @Test
    void aLoginFindsOrCreatesTheAccountOfThePhone() {
        // the first login finds no account, creates it (INSERT IGNORE) and reads its id back
        when(mapper.selectIdByPhoneHash(phoneHash)).thenReturn(null, 42L);

        assertThat(accounts.recordLogin(PHONE)).isEqualTo("42");

        verify(mapper).insertIgnore(eq(phoneHash), any(), eq(NOW));
        verify(mapper).updateLastLogin(42L, NOW);

        // a later login finds it and creates nothing
        org.mockito.Mockito.clearInvocations(mapper);
        when(mapper.selectIdByPhoneHash(phoneHash)).thenReturn(42L);
        assertThat(accounts.recordLogin(PHONE)).isEqualTo("42");
        verify(mapper, org.mockito.Mockito.never()).insertIgnore(any(), any(), any());
    }

    @Test
    void aBindingIsStoredEncryptedAndReadBack() {
        when(mapper.selectPhoneHashById(42L)).thenReturn(phoneHash);
        when(mapper.updateRealName(eq(42L), any())).thenReturn(1);
        MobileAccounts.RealName me = new MobileAccounts.RealName("张三", "500103198501010012", "ID", "REG", "r", NOW);

        assertThat(accounts.bind("42", me)).isTrue();

        ArgumentCaptor<MobileAccountMapper.RealNameRow> row =
                ArgumentCaptor.forClass(MobileAccountMapper.RealNameRow.class);
        verify(mapper).updateRealName(eq(42L), row.capture());
        assertThat(cipher.decrypt(
                        PiiField.ACCOUNT_REAL_ID_NUMBER,
                        phoneHash,
                        row.getValue().idNumberEnc()))
                .isEqualTo("500103198501010012");
        when(mapper.selectRealNameById(42L)).thenReturn(row.getValue());
        assertThat(accounts.realNameOf("42")).contains(me);
    }

    @Test
    void anUnboundOrMalformedAccountHasNoRealNameAndThePhoneIsDecrypted() {
        when(mapper.selectRealNameById(7L))
                .thenReturn(new MobileAccountMapper.RealNameRow(null, null, null, null, null, null));
        when(mapper.selectPhoneEncById(7L))
                .thenReturn(new MobileAccountMapper.PhoneRow(
                        cipher.encrypt(PiiField.ACCOUNT_PHONE, phoneHash, PHONE), phoneHash));

        assertThat(accounts.realNameOf("7")).isEmpty();
        assertThat(accounts.realNameOf("not-an-id")).isEmpty();
        assertThat(accounts.phoneOf("7")).contains(PHONE);
        assertThatThrownBy(() -> accounts.bind("x", null)).isInstanceOf(IllegalArgumentException.class);
    }
}
