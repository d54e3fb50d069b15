package cq.assist.core.authorization;

import cq.assist.core.pii.PiiCipher;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Issues the single-use co-signing tokens: 32 random bytes in base64url, bound to one application and
 * one member, expiring after the configured lifetime, stored as a SHA-256 for lookup and encrypted so
 * the application view can show the link again.
 */
@Service
public class CoSigningTokens {

    private final AuthorizationTokenMapper tokens;
    private final PiiCipher cipher;
    private final AuthorizationSettings settings;
    private final SecureRandom random = new SecureRandom();

    public CoSigningTokens(AuthorizationTokenMapper tokens, PiiCipher cipher, AuthorizationSettings settings) {
        this.tokens = tokens;
        this.cipher = cipher;
        this.settings = settings;
    }

    /** Issues a token for a member (joins the caller's transaction) and returns it. */
    public String issue(String applicationId, int memberSeq, String letterVersion, Instant now) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        String tokenHash = hash(token);
        tokens.insert(new TokenRow(
                tokenHash,
                cipher.encrypt(cq.assist.core.pii.PiiField.COSIGNING_TOKEN, tokenHash, token),
                applicationId,
                memberSeq,
                letterVersion,
                now.plus(settings.tokenTtl()),
                null,
                null));
        return token;
    }

    /** The members who have not signed yet, with their links. */
    public List<PendingLink> pending(String applicationId) {
        return tokens.selectOpen(applicationId).stream()
                .map(row -> {
                    String token = cipher.decrypt(
                            cq.assist.core.pii.PiiField.COSIGNING_TOKEN, row.tokenHash(), row.tokenEnc());
                    return new PendingLink(
                            row.memberSeq(), settings.authorizeUrl(token), settings.qrPngUrl(token), row.expiresAt());
                })
                .toList();
    }

    /** The lookup hash of a token. */
    public static String hash(String token) {
        return PiiCipher.sha256Hex(token.getBytes(StandardCharsets.UTF_8));
    }
}
