package cq.assist.web.security;

import cq.assist.core.common.ProblemKind;
import cq.assist.web.audit.AccessRefusals;
import cq.assist.web.problem.ProblemFactory;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * Security's own 401 and 403 answers, written as problem documents (they bypass the controller advice). A
 * 403 decided by the filter chain is told to the app's {@link AccessRefusals} like the controllers' ones.
 */
@Component
public class ProblemSecurityHandlers {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemSecurityHandlers.class);

    private final ProblemFactory problems;
    private final JsonMapper json;
    private final LocaleResolver locales;
    private final ObjectProvider<AccessRefusals> refusals;

    public ProblemSecurityHandlers(
            ProblemFactory problems,
            JsonMapper json,
            LocaleResolver localeResolver,
            ObjectProvider<AccessRefusals> refusals) {
        this.problems = problems;
        this.json = json;
        this.locales = localeResolver;
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
        LocaleContextHolder.setLocale(locales.resolveLocale(request));
        response.setStatus(cq.assist.web.problem.ProblemStatus.of(kind));
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        if (kind == ProblemKind.UNAUTHENTICATED) {
            response.setHeader("WWW-Authenticate", "Bearer");
        }
        try {
            json.writeValue(response.getOutputStream(), ProblemFactory.toJson(problems.of(kind, key)));
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
    }
}
