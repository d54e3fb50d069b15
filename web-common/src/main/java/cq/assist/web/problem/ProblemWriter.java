package cq.assist.web.problem;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.function.Function;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a problem document straight to the servlet response, for the answers given before or outside Spring
 * MVC's controller advice: the request-body cap (413), admission control (503) and Spring Security's 401 and
 * 403. The problem is built in the request's locale (Chinese unless the caller asked for English), its status
 * becomes the response's, the given headers are set, and the answer is flushed at once so that it leaves even
 * when the container still has a request body to discard.
 */
@Component
public class ProblemWriter {

    private final ProblemFactory problems;
    private final JsonMapper json;
    private final LocaleResolver locales;

    public ProblemWriter(ProblemFactory problems, JsonMapper json, LocaleResolver localeResolver) {
        this.problems = problems;
        this.json = json;
        this.locales = localeResolver;
    }

    /**
     * Writes the problem {@code build} makes with the factory (called with the request's locale in place).
     *
     * @param headers extra response headers (e.g. {@code Retry-After}, {@code WWW-Authenticate}); may be empty
     */
    public void write(
            HttpServletRequest request,
            HttpServletResponse response,
            Function<ProblemFactory, ProblemDetail> build,
            Map<String, String> headers)
            throws IOException {
        LocaleContextHolder.setLocale(locales.resolveLocale(request));
        try {
            ProblemDetail problem = build.apply(problems);
            response.setStatus(problem.getStatus());
            headers.forEach(response::setHeader);
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            json.writeValue(response.getOutputStream(), ProblemFactory.toJson(problem));
            response.flushBuffer();
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
    }
}
