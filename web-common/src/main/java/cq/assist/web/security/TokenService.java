package cq.assist.web.security;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.stereotype.Component;

/**
 * Issues this app's access tokens: HS256 with the current key's {@code kid}, a random {@code jti}, the
 * app as issuer and audience. Claims carry ids and scopes only, never personal data. When the app keeps
 * {@link TokenSessions}, every token issued is recorded there.
 */
@Component
public class TokenService {

    public static final String ROLES_CLAIM = "roles";

    private final JwtEncoder encoder;
    private final SecurityProperties properties;
    private final SigningKeys keys;
    private final ObjectProvider<TokenSessions> sessions;

    public TokenService(
            JwtEncoder encoder,
            SecurityProperties properties,
            SigningKeys keys,
            ObjectProvider<TokenSessions> sessions) {
        this.encoder = encoder;
        this.properties = properties;
        this.keys = keys;
        this.sessions = sessions;
    }

    /**
     * Issues a token.
     *
     * @param subject the account id (never a phone or ID number)
     * @param roles role names without prefix, e.g. {@code RESIDENT}
     * @param scopes scope claims such as {@code community}, {@code department}, {@code region}; values must not be null
     */
    public AccessToken issue(String subject, List<String> roles, Map<String, String> scopes) {
        Instant now = Instant.now();
        Instant expires = now.plus(properties.tokenTtl());
        String jti = UUID.randomUUID().toString();
        JwtClaimsSet.Builder claims = JwtClaimsSet.builder()
                .id(jti)
                .issuer(properties.issuer())
                .audience(List.of(properties.issuer()))
                .subject(subject)
                .issuedAt(now)
                .expiresAt(expires)
                .claim(ROLES_CLAIM, roles);
        scopes.forEach(claims::claim);
        TokenSessions store = sessions.getIfAvailable();
        if (store != null) {
            store.opened(jti, subject, now, expires);
        }
        JwsHeader header = JwsHeader.with(MacAlgorithm.HS256)
                .keyId(keys.current().getKeyID())
                .build();
        String token = encoder.encode(JwtEncoderParameters.from(header, claims.build()))
                .getTokenValue();
        return new AccessToken(token, "Bearer", properties.tokenTtl().toSeconds(), roles);
    }

    /** The login answer of API.md: {@code {accessToken, tokenType, expiresIn, roles}}. */
    public record AccessToken(String accessToken, String tokenType, long expiresIn, List<String> roles) {}
}
