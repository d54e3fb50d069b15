package cq.assist.core.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import cq.assist.core.fixtures.CaseFixtures;
import cq.assist.core.pii.PiiCipher;
import cq.assist.core.pii.PiiField;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** The demo gateway keeps each SMS in the outbox table, phone, text and code encrypted, found by the phone's blind index. */
class OutboxSmsGatewayTest {

    @Test
    void storesTheMessageEncrypted() {
        SmsOutboxMapper mapper = mock(SmsOutboxMapper.class);
        PiiCipher cipher = CaseFixtures.cipher();

        new OutboxSmsGateway(mapper, cipher, CaseFixtures.clock()).send("13800001111", "验证码123456", "123456");

        ArgumentCaptor<SmsOutboxRow> row = ArgumentCaptor.forClass(SmsOutboxRow.class);
        verify(mapper).insert(row.capture());
        String hash = cipher.blindIndex("13800001111");
        assertThat(row.getValue().phoneHash()).isEqualTo(hash);
        assertThat(row.getValue().sentAt()).isEqualTo(CaseFixtures.NOW);
        assertThat(cipher.decrypt(PiiField.OUTBOX_PHONE, hash, row.getValue().phoneEnc()))
                .isEqualTo("13800001111");
        assertThat(cipher.decrypt(PiiField.OUTBOX_TEXT, hash, row.getValue().textEnc()))
                .isEqualTo("验证码123456");
        assertThat(cipher.decrypt(PiiField.OUTBOX_CODE, hash, row.getValue().codeEnc()))
                .isEqualTo("123456");
    }
}
