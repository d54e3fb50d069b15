package cq.assist.mobile.dev;

import cq.assist.core.authorization.CoSigningOutbox;
import cq.assist.core.notify.SmsOutbox;
import cq.assist.core.notify.SmsOutbox.OutboxMessage;
import cq.assist.core.pii.Masking;
import cq.assist.core.time.BusinessClock;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import org.springframework.context.annotation.Profile;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Demo profile only (the path does not exist elsewhere): the texts "sent" to a phone, newest first, so
 * a demo or an acceptance test can read its login code. Open without login, but only to a client on this
 * machine (loopback, after the trusted-proxy rule of {@code ClientAddresses}, decided by {@link
 * DevEndpointsOnThisMachine} before the request is read): from anywhere else it answers 404, as outside the demo. {@code POST /api/v1/dev/sms-outbox/latest-code} gives the H5 app's demo
 * panel (演示短信) the newest code, by phone or by co-signing link, with nothing personal in the URL.
 */
@RestController
@Profile("demo")
class SmsOutboxController {

    private final SmsOutbox outbox;
    private final CoSigningOutbox coSigningOutbox;

    SmsOutboxController(SmsOutbox outbox, CoSigningOutbox coSigningOutbox) {
        this.outbox = outbox;
        this.coSigningOutbox = coSigningOutbox;
    }

    @GetMapping("/api/v1/dev/sms-outbox")
    List<OutboxMessageView> messages(@RequestParam String phone) {
        // only a client on this machine gets here (DevEndpointsOnThisMachine): anyone who can reach the port
        // would read a worker's login code (review L9)
        return outbox.messagesTo(phone).stream()
                .map(m -> new OutboxMessageView(m.phone(), m.text(), m.code(), BusinessClock.toOffset(m.sentAt())))
                .toList();
    }

    /**
     * The newest code sent to {@code phone}, or to the phone on file of the member of the co-signing link
     * {@code token}: {@code {code, sentTo (masked), sentAt}}, empty ({@code {}}) when none was sent.
     */
    @PostMapping("/api/v1/dev/sms-outbox/latest-code")
    LatestCode latestCode(@Valid @RequestBody LatestCodeRequest body) {
        List<OutboxMessage> messages;
        if (body.token() != null && !body.token().isBlank()) {
            messages = coSigningOutbox.messagesFor(body.token());
        } else if (body.phone() != null && !body.phone().isBlank()) {
            messages = outbox.messagesTo(body.phone().strip());
        } else {
            messages = List.of();
        }
        return messages.stream()
                .filter(m -> Objects.nonNull(m.code()))
                .findFirst()
                .map(m -> new LatestCode(m.code(), Masking.phone(m.phone()), BusinessClock.toOffset(m.sentAt())))
                .orElse(new LatestCode(null, null, null));
    }

    /** Whose newest code: a phone, or a co-signing link's token (which wins when both are given). */
    record LatestCodeRequest(@Size(max = 20) String phone, @Size(max = 200) String token) {}

    /** The newest code, the masked phone it went to and when; all null (left out of the JSON) when none. */
    record LatestCode(String code, String sentTo, OffsetDateTime sentAt) {}

    /** One outbox message as API.md shows it. */
    record OutboxMessageView(String phone, String text, String code, OffsetDateTime sentAt) {}
}
