package cq.assist.mobile.me;

import cq.assist.core.login.MobileAccounts;
import cq.assist.core.notify.InAppMessages;
import cq.assist.core.time.BusinessClock;
import cq.assist.web.i18n.Reasons;
import cq.assist.web.security.Caller;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caller's in-app messages ({@code GET /notifications}, newest first) and marking one read. Messages are
 * stored in Chinese; an English request ({@code Accept-Language: en}) reads those the system wrote in English
 * ({@link Reasons#text}), with what a person typed into them (a reason) as written.
 */
@RestController
@RequestMapping("/api/v1/notifications")
class NotificationController {

    private final InAppMessages messages;
    private final MobileAccounts accounts;
    private final cq.assist.core.pii.PiiCipher cipher;

    NotificationController(InAppMessages messages, MobileAccounts accounts, cq.assist.core.pii.PiiCipher cipher) {
        this.messages = messages;
        this.accounts = accounts;
        this.cipher = cipher;
    }

    @GetMapping
    List<Notification> list(Caller caller) {
        return messages.of(caller.subject(), person(caller)).stream()
                .map(m -> new Notification(
                        m.id(),
                        BusinessClock.toOffset(m.at()),
                        Reasons.text(m.title()),
                        Reasons.text(m.text()),
                        m.applicationId(),
                        m.read()))
                .toList();
    }

    @PostMapping("/{id}/read")
    void read(@PathVariable long id, Caller caller) {
        messages.markRead(caller.subject(), person(caller), id);
    }

    /** The blind indexes of the caller's bound ID number under every configured version; empty while unbound. */
    private List<String> person(Caller caller) {
        return accounts.realNameOf(caller.subject())
                .map(realName -> cipher.blindIndexes(realName.idNumber()))
                .orElse(List.of());
    }

    /** One message; {@code applicationId} is absent for a message about no application. */
    record Notification(long id, OffsetDateTime at, String title, String text, String applicationId, boolean read) {}
}
