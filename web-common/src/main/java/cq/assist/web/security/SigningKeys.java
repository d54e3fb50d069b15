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
 * stays valid; its id is derived from its bytes, so every node names it the same. In web-api the rotated keys
 * come from the database ({@code POST /api/v1/admin/token-keys}), re-read by every node on a schedule.
 */
public class SigningKeys implements JWKSource<SecurityContext> {

    private final OctetSequenceKey configured;
    /** The rotated keys, oldest first, with from when each signs (one immutable pair, swapped whole). */
    private volatile Rotated state = new Rotated(List.of(), List.of());

    private record Rotated(List<OctetSequenceKey> keys, List<java.time.Instant> signsFrom) {}

    /** @param configuredSecret the configured key bytes (at least 32) */
    public SigningKeys(byte[] configuredSecret) {
        this.configured = key(kidOf(configuredSecret), configuredSecret);
    }

    /**
     * The key new tokens are signed with: the newest rotated key whose signing time has come, else the configured
     * one. A key verifies as soon as it is known and signs only later, so every node knows it before any token
     * signed with it arrives.
     */
    public OctetSequenceKey current() {
        Rotated now0 = state;
        List<OctetSequenceKey> keys = now0.keys();
        List<java.time.Instant> from = now0.signsFrom();
        java.time.Instant now = java.time.Instant.now();
        for (int i = keys.size() - 1; i >= 0; i--) {
            if (!from.get(i).isAfter(now)) {
                return keys.get(i);
            }
        }
        return configured;
    }

    /**
     * Replaces the rotated keys (oldest first), e.g. after reading them from the database.
     *
     * @param keys key id and key bytes (at least 32 bytes each), oldest first
     */
    public void replaceRotated(List<NamedKey> keys) {
        List<OctetSequenceKey> next = new ArrayList<>();
        List<java.time.Instant> from = new ArrayList<>();
        for (NamedKey k : keys) {
            if (k.secret().length >= 32) {
                next.add(key(k.kid(), k.secret()));
                from.add(k.signsFrom());
            }
        }
        state = new Rotated(List.copyOf(next), List.copyOf(from));
    }

    /** Every key id a token may carry now. */
    public List<String> kids() {
        List<String> ids = new ArrayList<>();
        ids.add(configured.getKeyID());
        state.keys().forEach(k -> ids.add(k.getKeyID()));
        return ids;
    }

    @Override
    public List<JWK> get(JWKSelector selector, SecurityContext context) {
        List<JWK> all = new ArrayList<>(state.keys());
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

    /**
     * A key id with its bytes and the time from which it signs new tokens (it verifies tokens at once).
     *
     * @param signsFrom null: at once
     */
    public record NamedKey(String kid, byte[] secret, java.time.Instant signsFrom) {

        public NamedKey {
            signsFrom = signsFrom == null ? java.time.Instant.EPOCH : signsFrom;
        }

        /** A key that signs at once. */
        public NamedKey(String kid, byte[] secret) {
            this(kid, secret, null);
        }
    }
}
