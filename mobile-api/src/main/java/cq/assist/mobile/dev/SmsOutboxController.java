package cq.assist.mobile.dev;

import cq.assist.core.notify.SmsOutbox;
import cq.assist.core.time.BusinessClock;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.context.annotation.Profile;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Demo profile only (the path does not exist elsewhere): the texts "sent" to a phone, newest first, so
 * a demo or an acceptance test can read its login code. Open without login, since it is demo only.
 */
@RestController
@Profile("demo")
class SmsOutboxController {

    private final SmsOutbox outbox;

    SmsOutboxController(SmsOutbox outbox) {
        this.outbox = outbox;
    }

    @GetMapping("/api/v1/dev/sms-outbox")
    List<OutboxMessageView> messages(@RequestParam String phone) {
        return outbox.messagesTo(phone).stream()
                .map(m -> new OutboxMessageView(m.phone(), m.text(), m.code(), BusinessClock.toOffset(m.sentAt())))
                .toList();
    }

    /** One outbox message as API.md shows it. */
    record OutboxMessageView(String phone, String text, String code, OffsetDateTime sentAt) {}
}
