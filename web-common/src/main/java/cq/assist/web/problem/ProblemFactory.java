package cq.assist.web.problem;

import cq.assist.core.common.DomainException;
import cq.assist.core.common.ProblemKind;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * Builds RFC 9457 problem details: a stable {@code type} URI per kind, a localized title and a safe
 * detail from the message bundles, and for validation failures an {@code errors} array of
 * {@code {field, message}}. Never carries stack traces, SQL or class names.
 */
@Component
public class ProblemFactory {

    /** Base of every problem {@code type} URI. */
    public static final String TYPE_BASE = "https://assist.cq.gov.cn/problems/";

    private final MessageSource messages;

    public ProblemFactory(MessageSource messages) {
        this.messages = messages;
    }

    public ProblemDetail of(DomainException e) {
        ProblemDetail problem = of(e.kind(), e.messageKey(), e.args());
        problem.setType(URI.create(TYPE_BASE + e.typeSlug()));
        e.properties().forEach(problem::setProperty);
        if (!e.fieldErrors().isEmpty()) {
            problem.setProperty(
                    "errors",
                    e.fieldErrors().stream()
                            .map(f -> fieldError(f.field(), message(f.messageKey(), f.args())))
                            .toList());
        }
        return problem;
    }

    public ProblemDetail of(ProblemKind kind, String messageKey, Object... args) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatusCode.valueOf(ProblemStatus.of(kind)), message(messageKey, args));
        problem.setType(URI.create(TYPE_BASE + kind.slug()));
        problem.setTitle(message("problem." + kind.slug() + ".title"));
        return problem;
    }

    /** A problem for a bare HTTP status (framework and container errors). */
    public ProblemDetail ofStatus(int status) {
        ProblemKind kind = ProblemStatus.kindOf(status).orElse(null);
        if (kind != null) {
            return of(kind, "problem." + kind.slug() + ".detail");
        }
        String slug = status == 503 ? "unavailable" : status >= 500 ? "internal" : "http-" + status;
        String generic = status >= 500 ? "problem.internal" : "problem.http";
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatusCode.valueOf(status), messageOr("problem." + slug + ".detail", generic + ".detail"));
        problem.setType(URI.create(TYPE_BASE + slug));
        problem.setTitle(messageOr("problem." + slug + ".title", generic + ".title"));
        return problem;
    }

    public static Map<String, String> fieldError(String field, String message) {
        Map<String, String> error = new LinkedHashMap<>();
        error.put("field", field);
        error.put("message", message);
        return error;
    }

    /** Flattens a problem into the JSON members RFC 9457 names, for writers outside Spring MVC. */
    public static Map<String, Object> toJson(ProblemDetail problem) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("type", problem.getType().toString());
        json.put("title", problem.getTitle());
        json.put("status", problem.getStatus());
        json.put("detail", problem.getDetail());
        if (problem.getProperties() != null) {
            json.putAll(problem.getProperties());
        }
        return json;
    }

    public String message(String key, Object... args) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, args, key, locale);
    }

    private String messageOr(String key, String fallbackKey) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, null, messages.getMessage(fallbackKey, null, fallbackKey, locale), locale);
    }

    /** Maps bean-validation field errors to {@code {field, message}} entries. */
    public List<Map<String, String>> fieldErrors(List<org.springframework.validation.FieldError> errors) {
        return errors.stream()
                .map(f -> fieldError(f.getField(), messages.getMessage(f, LocaleContextHolder.getLocale())))
                .toList();
    }
}
