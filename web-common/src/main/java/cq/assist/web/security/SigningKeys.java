package cq.assist.web.security;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.OctetSequenceKey;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The HS256 keys of one app, each with a key id ({@code kid}). Tokens are signed with the newest key and
 * verified with whichever key their {@code kid} names, so a new key can be added at run time (see
 * {@link #replaceRotated}) without a restart and without logging anyone out. The configured key always
 * stays valid; its id is derived from its bytes, so every node names it the same.
 */
public class SigningKeys implements JWKSource<SecurityContext> {

    private final OctetSequenceKey configured;
    private volatile List<OctetSequenceKey> rotated = List.of();

    /** @param configuredSecret the configured key bytes (at least 32) */
    public SigningKeys(byte[] configuredSecret) {
        this.configured = key(kidOf(configuredSecret), configuredSecret);
    }

    /** The key new tokens are signed with: the newest rotated key, else the configured one. */
    public OctetSequenceKey current() {
        List<OctetSequenceKey> now = rotated;
        return now.isEmpty() ? configured : now.get(now.size() - 1);
    }

    /**
     * Replaces the rotated keys (oldest first), e.g. after reading them from the database.
     *
     * @param keys key id and key bytes (at least 32 bytes each), oldest first
     */
    public void replaceRotated(List<NamedKey> keys) {
        List<OctetSequenceKey> next = new ArrayList<>();
        for (NamedKey k : keys) {
            if (k.secret().length >= 32) {
                next.add(key(k.kid(), k.secret()));
            }
        }
        rotated = List.copyOf(next);
    }

    /** Every key id a token may carry now. */
    public List<String> kids() {
        List<String> ids = new ArrayList<>();
        ids.add(configured.getKeyID());
        rotated.forEach(k -> ids.add(k.getKeyID()));
        return ids;
    }

    @Override
    public List<JWK> get(JWKSelector selector, SecurityContext context) {
        List<JWK> all = new ArrayList<>(rotated);
        all.add(configured);
        return selector.select(new JWKSet(all));
    }

    /** A key id derived from the key bytes: the first 12 hex digits of SHA-256 over a label and the key. */
    public static String kidOf(byte[] secret) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update("assist-jwt-kid:".getBytes(StandardCharsets.US_ASCII));
            return "k-" + HexFormat.of().formatHex(sha.digest(secret)).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static OctetSequenceKey key(String kid, byte[] secret) {
        return new OctetSequenceKey.Builder(secret)
                .keyID(kid)
                .algorithm(JWSAlgorithm.HS256)
                .keyUse(KeyUse.SIGNATURE)
                .build();
    }

    /** A key id with its bytes. */
    public record NamedKey(String kid, byte[] secret) {}
}
