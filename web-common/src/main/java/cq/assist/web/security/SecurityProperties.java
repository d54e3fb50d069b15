package cq.assist.web.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Token settings of one app. Each app has its own secret and issuer, so a resident's token is
 * worthless on the staff app and the other way round.
 *
 * @param jwtSecret base64 of at least 32 random bytes (HS256); required
 * @param issuer the {@code iss} claim this app writes and demands
 * @param tokenTtl lifetime of an access token
 * @param idleTimeout a token unused this long is refused (only where the app keeps {@link TokenSessions})
 */
@ConfigurationProperties("assist.security")
public record SecurityProperties(String jwtSecret, String issuer, Duration tokenTtl, Duration idleTimeout) {

    public SecurityProperties {
        if (tokenTtl == null) {
            tokenTtl = Duration.ofHours(2);
        }
        if (idleTimeout == null) {
            idleTimeout = Duration.ofMinutes(15);
        }
    }
}
