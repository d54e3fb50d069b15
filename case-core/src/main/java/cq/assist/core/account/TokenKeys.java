package cq.assist.core.account;

import cq.assist.core.audit.AuditActions;
import cq.assist.core.audit.AuditEntry;
import cq.assist.core.audit.AuditRecorder;
import cq.assist.core.common.DomainException;
import cq.assist.core.pii.PiiCipher;
import cq.assist.core.pii.PiiField;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rotated staff token keys (security review M4: key rotation without a restart). A new key is 32 random bytes,
 * stored encrypted and bound to its key id ({@link PiiField#TOKEN_SIGNING_SECRET}: a secret copied to another
 * key's row does not open); it verifies at once on every node that has read it and signs from {@code signsFrom}, a delay
 * after its creation long enough for every node to read it. A retired key no longer verifies. Every change is
 * audited. The web layer reads {@link #active()} on a schedule into its signing keys.
 */
@Service
public class TokenKeys {

    private final TokenKeyMapper keys;
    private final PiiCipher cipher;
    private final AuditRecorder audit;
    private final SecureRandom random = new SecureRandom();
    private final Clock clock = Clock.systemUTC();

    TokenKeys(TokenKeyMapper keys, PiiCipher cipher, AuditRecorder audit) {
        this.keys = keys;
        this.cipher = cipher;
        this.audit = audit;
    }

    /** A key in use: id, bytes, from when it signs. */
    public record ActiveKey(String kid, byte[] secret, Instant signsFrom) {}

    /** A key as administrators see it (never its bytes). */
    public record KeyInfo(String kid, Instant createdAt, String createdBy, Instant signsFrom, Instant retiredAt) {}

    /** Keys not retired, oldest first, decrypted. */
    @Transactional(readOnly = true)
    public List<ActiveKey> active() {
        return keys.selectActive().stream()
                .map(r -> new ActiveKey(
                        r.kid(),
                        Base64.getDecoder()
                                .decode(cipher.decrypt(PiiField.TOKEN_SIGNING_SECRET, r.kid(), r.secretEnc())),
                        r.signsFrom()))
                .toList();
    }

    /** Every key, newest first. */
    @Transactional(readOnly = true)
    public List<KeyInfo> all() {
        return keys.selectAll().stream()
                .map(r -> new KeyInfo(r.kid(), r.createdAt(), r.createdBy(), r.signsFrom(), r.retiredAt()))
                .toList();
    }

    /**
     * Adds a new key that signs after {@code publishDelay} (every node reads it before).
     *
     * @return the new key's description
     */
    @Transactional
    public KeyInfo rotate(String by, Duration publishDelay) {
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        byte[] id = new byte[6];
        random.nextBytes(id);
        String kid = "r-" + HexFormat.of().formatHex(id);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Instant signsFrom = now.plus(publishDelay);
        keys.insert(new TokenKeyMapper.TokenKeyRow(
                kid,
                cipher.encrypt(
                        PiiField.TOKEN_SIGNING_SECRET, kid, Base64.getEncoder().encodeToString(secret)),
                now,
                by,
                signsFrom,
                null));
        audit.record(new AuditEntry(
                by,
                "ADMIN",
                AuditActions.KEY_CHANGE,
                "TOKEN_KEY",
                kid,
                "token key added, signs from " + signsFrom,
                null));
        return new KeyInfo(kid, now, by, signsFrom, null);
    }

    /**
     * Retires a key: tokens it signed are refused once every node has re-read the keys.
     *
     * @throws DomainException NOT_FOUND for an unknown or already retired key
     */
    @Transactional
    public void retire(String kid, String by) {
        if (keys.retire(kid, clock.instant()) == 0) {
            throw DomainException.notFound("account.tokenKey.notFound");
        }
        audit.record(new AuditEntry(by, "ADMIN", AuditActions.KEY_CHANGE, "TOKEN_KEY", kid, "token key retired", null));
    }
}
