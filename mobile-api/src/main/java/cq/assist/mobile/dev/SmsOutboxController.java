package cq.assist.mobile.dev;

import cq.assist.core.common.DomainException;
import cq.assist.core.notify.SmsOutbox;
import cq.assist.core.time.BusinessClock;
import cq.assist.web.security.ClientAddresses;
import jakarta.servlet.http.HttpServletRequest;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.context.annotation.Profile;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Demo profile only (the path does not exist elsewhere): the texts "sent" to a phone, newest first, so
 * a demo or an acceptance test can read its login code. Open without login, but only to a client on this
 * machine (loopback, after the trusted-proxy rule of {@link ClientAddresses}): from anywhere else it
 * answers 404, as outside the demo.
 */
@RestController
@Profile("demo")
class SmsOutboxController {

    private final SmsOutbox outbox;
    private final ClientAddresses clients;

    SmsOutboxController(SmsOutbox outbox, ClientAddresses clients) {
        this.outbox = outbox;
        this.clients = clients;
    }

    @GetMapping("/api/v1/dev/sms-outbox")
    List<OutboxMessageView> messages(@RequestParam String phone, HttpServletRequest request) {
        if (!loopback(clients.of(request))) {
            // anyone who can reach the port would read a worker's login code (review L9): as if absent
            throw DomainException.notFound("problem.not-found.detail");
        }
        return outbox.messagesTo(phone).stream()
                .map(m -> new OutboxMessageView(m.phone(), m.text(), m.code(), BusinessClock.toOffset(m.sentAt())))
                .toList();
    }

    /** Whether the client address is this machine (127.0.0.0/8 or ::1). */
    static boolean loopback(String address) {
        return address.startsWith("127.") || "::1".equals(address) || "0:0:0:0:0:0:0:1".equals(address);
    }

    /** One outbox message as API.md shows it. */
    record OutboxMessageView(String phone, String text, String code, OffsetDateTime sentAt) {}
}
