package cq.assist.mobile.dev;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import cq.assist.core.authorization.CoSigningOutbox;
import cq.assist.core.common.DomainException;
import cq.assist.core.common.ProblemKind;
import cq.assist.core.notify.SmsOutbox;
import cq.assist.core.notify.SmsOutbox.OutboxMessage;
import cq.assist.web.security.ClientAddresses;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/**
 * The demo panel's {@code POST /dev/sms-outbox/latest-code} answers only a client on this machine, like the
 * outbox's GET: a remote client, also one that forwards a loopback address from an untrusted peer or from behind
 * a trusted proxy, finds nothing (404) and the outbox is not read.
 */
class SmsOutboxControllerTest {

    private static final String PHONE = "13800001111";

    private final SmsOutbox outbox = mock(SmsOutbox.class);
    private final CoSigningOutbox coSigning = mock(CoSigningOutbox.class);

    private static MockHttpServletRequest from(String peer, String forwardedFor) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/dev/sms-outbox/latest-code");
        request.setRemoteAddr(peer);
        if (forwardedFor != null) {
            request.addHeader("X-Forwarded-For", forwardedFor);
        }
        return request;
    }

    @Test
    void aRemoteClientGetsNoCodeWhateverItForwards() {
        SmsOutboxController direct = new SmsOutboxController(outbox, coSigning, new ClientAddresses(""));
        SmsOutboxController proxied = new SmsOutboxController(outbox, coSigning, new ClientAddresses("10.0.0.0/8"));
        var byPhone = new SmsOutboxController.LatestCodeRequest(PHONE, null);
        var byLink = new SmsOutboxController.LatestCodeRequest(null, "some-token");

        for (Runnable call : List.<Runnable>of(
                () -> direct.latestCode(byPhone, from("192.0.2.7", null)),
                () -> direct.latestCode(byLink, from("192.0.2.7", "127.0.0.1")),
                () -> proxied.latestCode(byPhone, from("10.0.0.2", "192.0.2.7")))) {
            assertThatThrownBy(call::run).isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.kind())
                    .isEqualTo(ProblemKind.NOT_FOUND));
        }
        verifyNoInteractions(outbox, coSigning);
    }

    @Test
    void aClientOnThisMachineGetsTheNewestCodeMasked() {
        when(outbox.messagesTo(PHONE))
                .thenReturn(List.of(new OutboxMessage(PHONE, "验证码 123456", "123456", Instant.EPOCH)));
        SmsOutboxController direct = new SmsOutboxController(outbox, coSigning, new ClientAddresses(""));
        SmsOutboxController proxied = new SmsOutboxController(outbox, coSigning, new ClientAddresses("10.0.0.0/8"));
        var byPhone = new SmsOutboxController.LatestCodeRequest(PHONE, null);

        for (SmsOutboxController.LatestCode latest : List.of(
                direct.latestCode(byPhone, from("127.0.0.1", null)),
                proxied.latestCode(byPhone, from("10.0.0.2", "127.0.0.1")))) {
            assertThat(latest.code()).isEqualTo("123456");
            assertThat(latest.sentTo()).endsWith("1111").doesNotContain(PHONE);
        }
    }
}
