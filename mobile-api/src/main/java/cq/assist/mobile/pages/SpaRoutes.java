package cq.assist.mobile.pages;

import cq.assist.core.authorization.AuthorizationSettings;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriUtils;

/**
 * Answers the H5 app's routes (history mode, as in {@code frontend/src/router.js}) with its
 * {@code index.html}, so a reload or a shared link lands on the page it names. Everything under
 * {@code /api/v1} is untouched; any other path is not the app's (without a login it answers 401, as before).
 */
@Controller
public class SpaRoutes {

    /** The app's routes as path patterns (open without login); keep equal to {@code frontend/src/router.js}. */
    public static final String[] ROUTES = {
        "/login",
        "/real-name",
        "/apply",
        "/applications",
        "/applications/*",
        "/applications/*/charity/*",
        "/charity-requests/*",
        "/messages",
        "/notices",
        "/me",
        "/sign",
        "/worker",
        "/worker/apply",
        "/worker/visits",
        "/worker/visits/*",
        "/worker/alerts",
        "/worker/sign"
    };

    @GetMapping({
        "/login",
        "/real-name",
        "/apply",
        "/applications",
        "/applications/{id}",
        "/applications/{id}/charity/{projectId}",
        "/charity-requests/{id}",
        "/messages",
        "/notices",
        "/me",
        "/sign",
        "/worker",
        "/worker/apply",
        "/worker/visits",
        "/worker/visits/{taskId}",
        "/worker/alerts",
        "/worker/sign"
    })
    String app() {
        return "forward:/index.html";
    }

    /**
     * An old co-signing link ({@code /sign?token=...}, sent before the token moved into the fragment) is
     * redirected to {@code /sign#token=...}, so the page the relative keeps open, its history entry and every
     * request it makes afterwards carry no token in a query string or {@code Referer}. The answer is not
     * cached and names no referrer; nothing here logs the token.
     */
    @GetMapping(path = AuthorizationSettings.SIGN_PAGE, params = "token")
    ResponseEntity<Void> oldSigningLink(@RequestParam("token") String token) {
        return ResponseEntity.status(HttpStatus.SEE_OTHER)
                .header(
                        HttpHeaders.LOCATION,
                        AuthorizationSettings.SIGN_PAGE + "#token="
                                + UriUtils.encodeFragment(token, java.nio.charset.StandardCharsets.UTF_8))
                .header("Referrer-Policy", "no-referrer")
                .cacheControl(CacheControl.noStore())
                .build();
    }
}
