package cq.assist.core.authorization;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Settings of co-signing: how long a token lives ({@code assist.authorization.token-ttl}, default 48 h: the
 * invitation; signing itself needs a 5-minute code sent to the member's phone on file),
 * when pending co-signers get a reminder ({@code assist.authorization.reminder-after}, default 24 h) and
 * the public address of mobile-api that links and QR codes point to ({@code assist.mobile.public-base-url}).
 */
@Component("authorizationSettings")
public class AuthorizationSettings {

    private final Duration tokenTtl;
    private final Duration reminderAfter;
    private final String publicBaseUrl;

    public AuthorizationSettings(
            @Value("${assist.authorization.token-ttl:PT48H}") Duration tokenTtl,
            @Value("${assist.authorization.reminder-after:PT24H}") Duration reminderAfter,
            @Value("${assist.mobile.public-base-url:http://localhost:8081}") String publicBaseUrl) {
        this.tokenTtl = tokenTtl;
        this.reminderAfter = reminderAfter;
        this.publicBaseUrl =
                publicBaseUrl.endsWith("/") ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1) : publicBaseUrl;
    }

    public Duration tokenTtl() {
        return tokenTtl;
    }

    public Duration reminderAfter() {
        return reminderAfter;
    }

    /** ISO-8601 text of the token lifetime, for BPMN timer expressions. */
    public String tokenTtlIso() {
        return tokenTtl.toString();
    }

    /** ISO-8601 text of the reminder delay, for BPMN timer expressions. */
    public String reminderAfterIso() {
        return reminderAfter.toString();
    }

    /**
     * The H5 app's co-signing page a relative opens, the token in the URL fragment ({@code /sign#token=...}):
     * a browser never sends a fragment to a server, so the token stays out of access logs, proxies and
     * {@code Referer} headers (review L10). Links sent before carried {@code ?token=}; mobile-api redirects
     * those to this form.
     */
    public String authorizeUrl(String token) {
        return publicBaseUrl + SIGN_PAGE + "#token=" + token;
    }

    /** The path of the H5 co-signing page. */
    public static final String SIGN_PAGE = "/sign";

    /** The QR code (PNG) of {@link #authorizeUrl}. */
    public String qrPngUrl(String token) {
        return publicBaseUrl + "/api/v1/authorizations/" + token + "/qr.png";
    }
}
