package cq.assist.web.security;

import cq.assist.core.common.ProblemKind;
import cq.assist.web.audit.AccessRefusals;
import cq.assist.web.problem.ProblemWriter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

/**
 * Security's own 401 and 403 answers, written as problem documents (they bypass the controller advice). A
 * 403 decided by the filter chain is told to the app's {@link AccessRefusals} like the controllers' ones.
 */
@Component
public class ProblemSecurityHandlers {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemSecurityHandlers.class);

    private final ProblemWriter problems;
    private final ObjectProvider<AccessRefusals> refusals;

    public ProblemSecurityHandlers(ProblemWriter problems, ObjectProvider<AccessRefusals> refusals) {
        this.problems = problems;
        this.refusals = refusals;
    }

    public AuthenticationEntryPoint entryPoint() {
        return (request, response, e) ->
                write(request, response, ProblemKind.UNAUTHENTICATED, "problem.unauthenticated.detail");
    }

    public AccessDeniedHandler accessDenied() {
        return (request, response, e) -> {
            AccessRefusals listener = refusals.getIfAvailable();
            if (listener != null) {
                try {
                    listener.refused(request, 403, "problem.forbidden.detail");
                } catch (RuntimeException auditFailed) {
                    LOG.error("Could not audit a refused request: {}", auditFailed.toString());
                }
            }
            write(request, response, ProblemKind.FORBIDDEN, "problem.forbidden.detail");
        };
    }

    private void write(HttpServletRequest request, HttpServletResponse response, ProblemKind kind, String key)
            throws IOException {
        problems.write(
                request,
                response,
                factory -> factory.of(kind, key),
                kind == ProblemKind.UNAUTHENTICATED ? Map.of("WWW-Authenticate", "Bearer") : Map.of());
    }
}
