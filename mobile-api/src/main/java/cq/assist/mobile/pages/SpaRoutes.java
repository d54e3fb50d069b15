package cq.assist.mobile.pages;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

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
}
