package cq.assist.webapi.console;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The console's own routes (Vue router, HTML5 history): a browser that opens or reloads one of them gets
 * the single page, {@code index.html}, which then shows the screen. Only these paths are answered so;
 * {@code /api/v1} and every other path keep their own answers (a wrong API path stays a 404 problem).
 * Keep in step with {@code console/src/router.js}.
 */
@Controller
class ConsolePages {

    @GetMapping({
        "/login",
        "/inbox",
        "/notices",
        "/dashboard",
        "/monitoring",
        "/payments",
        "/forbidden",
        "/account/password",
        "/charity/{page}",
        "/admin/{page}",
        "/applications/{id}"
    })
    String page() {
        return "forward:/index.html";
    }
}
