package cq.assist.webapi.console;

/** What of the console anyone may load without a token: the page, its assets and its routes (no data). */
public final class ConsoleRoutes {

    /**
     * Path patterns (GET only) open to everyone: the single page and its hashed assets, and the console's
     * routes, which {@link ConsolePages} answers with the page. Every {@code /api/v1} call still needs a token.
     */
    public static final String[] PUBLIC_PATHS = {
        "/",
        "/index.html",
        "/favicon.svg",
        "/assets/**",
        "/login",
        "/inbox",
        "/notices",
        "/dashboard",
        "/monitoring",
        "/payments",
        "/forbidden",
        "/account/password",
        "/charity/*",
        "/admin/*",
        "/applications/*"
    };

    private ConsoleRoutes() {}
}
