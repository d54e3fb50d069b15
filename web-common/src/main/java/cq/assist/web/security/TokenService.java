package cq.assist.web.security;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.stereotype.Component;

/** Issues this app's access tokens. Claims carry ids and scopes only, never personal data. */
@Component
public class TokenService {

    public static final String ROLES_CLAIM = "roles";

    private final JwtEncoder encoder;
    private final SecurityProperties properties;

    public TokenService(JwtEncoder encoder, SecurityProperties properties) {
        this.encoder = encoder;
        this.properties = properties;
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
        JwtClaimsSet.Builder claims = JwtClaimsSet.builder()
                .issuer(properties.issuer())
                .subject(subject)
                .issuedAt(now)
                .expiresAt(now.plus(properties.tokenTtl()))
                .claim(ROLES_CLAIM, roles);
        scopes.forEach(claims::claim);
        String token = encoder.encode(JwtEncoderParameters.from(
                        JwsHeader.with(MacAlgorithm.HS256).build(), claims.build()))
                .getTokenValue();
        return new AccessToken(token, "Bearer", properties.tokenTtl().toSeconds(), roles);
    }

    /** The login answer of API.md: {@code {accessToken, tokenType, expiresIn, roles}}. */
    public record AccessToken(String accessToken, String tokenType, long expiresIn, List<String> roles) {}
}
