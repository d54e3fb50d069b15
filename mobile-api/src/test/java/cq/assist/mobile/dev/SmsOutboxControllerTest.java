package cq.assist.mobile.dev;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
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
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * The demo's {@code /dev} endpoints answer only a client on this machine ({@link DevEndpointsOnThisMachine},
 * before the request is read): a remote client, also one that forwards a loopback address from an untrusted peer
 * or from behind a trusted proxy, finds nothing (404); a client on this machine gets the newest code, masked.
 */
class SmsOutboxControllerTest {

    private static final String PHONE = "13800001111";

    private final SmsOutbox outbox = mock(SmsOutbox.class);
    private final CoSigningOutbox coSigning = mock(CoSigningOutbox.class);
    private final SmsOutboxController controller = new SmsOutboxController(outbox, coSigning);

    private static MockHttpServletRequest from(String peer, String forwardedFor) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/dev/sms-outbox/latest-code");
        request.setRemoteAddr(peer);
        if (forwardedFor != null) {
            request.addHeader("X-Forwarded-For", forwardedFor);
        }
        return request;
    }

    @Test
    void aRemoteClientIsToldNothingExistsWhateverItForwards() {
        DevEndpointsOnThisMachine direct = new DevEndpointsOnThisMachine(new ClientAddresses(""));
        DevEndpointsOnThisMachine proxied = new DevEndpointsOnThisMachine(new ClientAddresses("10.0.0.0/8"));

        for (Runnable call : List.<Runnable>of(
                () -> direct.preHandle(from("192.0.2.7", null), new MockHttpServletResponse(), controller),
                () -> direct.preHandle(from("192.0.2.7", "127.0.0.1"), new MockHttpServletResponse(), controller),
                () -> proxied.preHandle(from("10.0.0.2", "192.0.2.7"), new MockHttpServletResponse(), controller),
                () -> direct.preHandle(from("fd00::2", null), new MockHttpServletResponse(), controller))) {
            assertThatThrownBy(call::run).isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.kind())
                    .isEqualTo(ProblemKind.NOT_FOUND));
        }
    }

    @Test
    void aClientOnThisMachineGetsTheNewestCodeMasked() {
        when(outbox.messagesTo(PHONE))
                .thenReturn(List.of(new OutboxMessage(PHONE, "验证码 123456", "123456", Instant.EPOCH)));
        DevEndpointsOnThisMachine direct = new DevEndpointsOnThisMachine(new ClientAddresses(""));
        DevEndpointsOnThisMachine proxied = new DevEndpointsOnThisMachine(new ClientAddresses("10.0.0.0/8"));

        assertThat(direct.preHandle(from("127.0.0.1", null), new MockHttpServletResponse(), controller))
                .isTrue();
        assertThat(direct.preHandle(from("::1", null), new MockHttpServletResponse(), controller))
                .isTrue();
        assertThat(proxied.preHandle(from("10.0.0.2", "127.0.0.1"), new MockHttpServletResponse(), controller))
                .isTrue();
        SmsOutboxController.LatestCode latest =
                controller.latestCode(new SmsOutboxController.LatestCodeRequest(PHONE, null));
        assertThat(latest.code()).isEqualTo("123456");
        assertThat(latest.sentTo()).endsWith("1111").doesNotContain(PHONE);
    }
}
