package cq.assist.core.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import cq.assist.core.fixtures.CaseFixtures;
import cq.assist.core.pii.PiiCipher;
import cq.assist.core.pii.PiiField;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The demo SMS outbox: messages to a phone, decrypted, newest first; the latest code for the demo login. */
class SmsOutboxTest {

    private static final String PHONE = "13800001111";

    private final SmsOutboxMapper mapper = mock(SmsOutboxMapper.class);
    private final PiiCipher cipher = CaseFixtures.cipher();
    private final SmsOutbox outbox = new SmsOutbox(mapper, cipher);

    private SmsOutboxRow row(long id, String text, String code) {
        String hash = cipher.blindIndex(PHONE);
        return new SmsOutboxRow(
                id,
                hash,
                cipher.encrypt(PiiField.OUTBOX_PHONE, hash, PHONE),
                cipher.encrypt(PiiField.OUTBOX_TEXT, hash, text),
                code == null ? null : cipher.encrypt(PiiField.OUTBOX_CODE, hash, code),
                CaseFixtures.NOW);
    }

    @Test
    void readsTheMessagesToAPhoneByItsBlindIndexAndTheLatestCode() {
        when(mapper.selectByPhoneHash(cipher.blindIndex(PHONE), 50))
                .thenReturn(List.of(row(3, "申请已办结", null), row(2, "验证码123456", "123456"), row(1, "验证码1", "1")));

        assertThat(outbox.messagesTo(PHONE))
                .extracting(SmsOutbox.OutboxMessage::text)
                .containsExactly("申请已办结", "验证码123456", "验证码1");
        assertThat(outbox.messagesTo(PHONE).get(0).phone()).isEqualTo(PHONE);
        assertThat(outbox.latestCodeTo(PHONE)).isEqualTo("123456");
    }

    @Test
    void noCodeSentIsAnError() {
        assertThatThrownBy(() -> outbox.latestCodeTo(PHONE)).isInstanceOf(IllegalStateException.class);
    }
}
