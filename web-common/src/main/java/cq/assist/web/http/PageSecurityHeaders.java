package cq.assist.web.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Security headers of both apps' pages and assets, the H5 app's and the staff console's (review L2): the co-signing
 * page carries its link's token
 * in the URL fragment, and a filer who holds that link must not be able to frame the page on a site of its own
 * to make the member sign without seeing what she signs (UI redress), nor learn the page's address from a
 * {@code Referer}. Every answer outside {@code /api/} gets {@code Referrer-Policy: no-referrer}, {@code
 * X-Frame-Options: DENY} and a policy that runs only the app's own script files (no inline script, no {@code eval},
 * no script from elsewhere: an injected {@code <script>} does not run) and forbids framing, {@code <base>} and
 * plugin objects and forms posting elsewhere ({@code script-src 'self'; frame-ancestors 'none'; base-uri 'self';
 * object-src 'none'; form-action 'self'}). The Vite build has no inline script, so it needs no change; styles and
 * images are not restricted (Vant sets inline styles). API answers keep their own headers (downloads carry {@code
 * Content-Security-Policy: sandbox}).
 */
@Component
class PageSecurityHeaders extends OncePerRequestFilter {

    static final String POLICY =
            "script-src 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'; form-action 'self'";

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!response.containsHeader("Referrer-Policy")) {
            response.setHeader("Referrer-Policy", "no-referrer");
        }
        response.setHeader("X-Frame-Options", "DENY");
        if (!response.containsHeader("Content-Security-Policy")) {
            response.setHeader("Content-Security-Policy", POLICY);
        }
        chain.doFilter(request, response);
    }
}
