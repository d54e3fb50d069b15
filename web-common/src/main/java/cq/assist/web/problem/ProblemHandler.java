package cq.assist.web.problem;

import cq.assist.core.common.DomainException;
import cq.assist.core.common.ProblemKind;
import cq.assist.web.audit.AccessRefusals;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every failure inside Spring MVC into a problem document: domain failures by their kind, bean
 * validation with the failing fields, framework errors by status, anything else as a 500 whose details
 * stay in the log.
 */
@RestControllerAdvice
public class ProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);
    /** Seconds a client waits before retrying when the database pool is exhausted (503). */
    private static final String OVERLOAD_RETRY_AFTER_SECONDS = "2";

    private final ProblemFactory problems;
    private final ObjectProvider<AccessRefusals> refusals;

    public ProblemHandler(ProblemFactory problems, ObjectProvider<AccessRefusals> refusals) {
        this.problems = problems;
        this.refusals = refusals;
    }

    @ExceptionHandler(DomainException.class)
    ResponseEntity<ProblemDetail> domain(DomainException e, HttpServletRequest request) {
        int status = ProblemStatus.of(e.kind());
        if (status == 403 || status == 404) {
            refused(request, status, e.messageKey());
        }
        HttpHeaders headers = new HttpHeaders();
        if (e.retryAfterSeconds() != null) {
            headers.set(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()));
        }
        return respond(problems.of(e), headers);
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<ProblemDetail> integrity(DataIntegrityViolationException e) {
        log.warn("Data integrity violation: {}", e.getClass().getSimpleName());
        return respond(problems.of(ProblemKind.CONFLICT, "problem.conflict.detail"), new HttpHeaders());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> denied(AccessDeniedException e, HttpServletRequest request) {
        refused(request, 403, "problem.forbidden.detail");
        return respond(problems.of(ProblemKind.FORBIDDEN, "problem.forbidden.detail"), new HttpHeaders());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) {
        java.util.Optional<cq.assist.web.http.BodyTooLargeException> tooLarge =
                cq.assist.web.http.BodyTooLargeException.in(e);
        if (tooLarge.isPresent()) {
            return respond(
                    cq.assist.web.http.RequestBodyLimitFilter.tooLarge(
                            problems, tooLarge.get().limitBytes(), request.getContentType()),
                    new HttpHeaders());
        }
        if (lostRace(e)) {
            // the engine or the database refused a concurrent change: a 409 the client may retry (issue 8)
            log.warn("Concurrent change refused: {}", e.getClass().getSimpleName());
            HttpHeaders headers = new HttpHeaders();
            headers.set(HttpHeaders.RETRY_AFTER, "1");
            return respond(problems.of(ProblemKind.CONFLICT, "problem.concurrent"), headers);
        }
        if (overloaded(e)) {
            // every database connection busy for the pool's whole wait: overload, not a fault (issue 10)
            log.warn(
                    "Overloaded: no database connection free ({})", e.getClass().getSimpleName());
            HttpHeaders headers = new HttpHeaders();
            headers.set(HttpHeaders.RETRY_AFTER, OVERLOAD_RETRY_AFTER_SECONDS);
            return respond(problems.ofStatus(503), headers);
        }
        log.error("Unexpected error", e);
        return respond(problems.ofStatus(500), new HttpHeaders());
    }

    /** An upload over the container's multipart limits: the same 413 as every upload too large, naming {@code file}. */
    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(
            org.springframework.web.multipart.MaxUploadSizeExceededException ex,
            HttpHeaders headers,
            HttpStatusCode status,
            WebRequest request) {
        return asObject(respond(cq.assist.web.http.RequestBodyLimitFilter.uploadTooLarge(problems), headers));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = problems.of(ProblemKind.VALIDATION, "problem.validation");
        problem.setProperty("errors", problems.fieldErrors(ex.getBindingResult().getFieldErrors()));
        return asObject(respond(problem, headers));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        java.util.Optional<cq.assist.web.http.BodyTooLargeException> tooLarge =
                cq.assist.web.http.BodyTooLargeException.in(ex);
        if (tooLarge.isPresent()) {
            return asObject(respond(
                    cq.assist.web.http.RequestBodyLimitFilter.tooLarge(
                            problems,
                            tooLarge.get().limitBytes(),
                            ((org.springframework.web.context.request.ServletWebRequest) request)
                                    .getRequest()
                                    .getContentType()),
                    headers));
        }
        ProblemDetail problem = problems.of(ProblemKind.VALIDATION, "problem.unreadable");
        problem.setProperty("errors", List.of(UnreadableBodies.fieldError(ex, problems)));
        return asObject(respond(problem, headers));
    }

    /**
     * A query or path parameter that does not convert (e.g. {@code page=abc} or a page number beyond the range
     * of an int): a 400 naming the parameter, like every other bad input.
     */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(
            TypeMismatchException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String name =
                ex instanceof MethodArgumentTypeMismatchException argument ? argument.getName() : ex.getPropertyName();
        ProblemDetail problem = problems.of(ProblemKind.VALIDATION, "problem.validation");
        problem.setProperty(
                "errors",
                List.of(ProblemFactory.fieldError(
                        name == null ? "query" : name, problems.message("problem.field.wrongType"))));
        return asObject(respond(problem, headers));
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(
            Exception ex, Object body, HttpHeaders headers, HttpStatusCode statusCode, WebRequest request) {
        ProblemDetail problem = problems.ofStatus(statusCode.value());
        return asObject(respond(problem, headers == null ? new HttpHeaders() : headers));
    }

    /** Tells the app's {@link AccessRefusals}, if any; a failure there never changes the answer. */
    private void refused(HttpServletRequest request, int status, String key) {
        AccessRefusals listener = refusals.getIfAvailable();
        if (listener == null) {
            return;
        }
        try {
            listener.refused(request, status, key);
        } catch (RuntimeException e) {
            log.error("Could not audit a refused request: {}", e.toString());
        }
    }

    /**
     * Whether the cause is a lost race: Flowable's optimistic locking (matched by name, web-common does
     * not depend on the engine), a deadlock or lock timeout, or Spring's concurrency failures.
     */
    static boolean lostRace(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof org.springframework.dao.ConcurrencyFailureException
                    || t instanceof java.sql.SQLTransactionRollbackException
                    || "FlowableOptimisticLockingException".equals(t.getClass().getSimpleName())) {
                return true;
            }
        }
        return false;
    }

    /** Whether the cause is a database connection the pool could not hand out in time. */
    static boolean overloaded(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.springframework.jdbc.CannotGetJdbcConnectionException
                    || t instanceof java.sql.SQLTransientConnectionException) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem, HttpHeaders headers) {
        HttpHeaders copy = new HttpHeaders();
        copy.putAll(headers);
        copy.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        return ResponseEntity.status(problem.getStatus()).headers(copy).body(problem);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static ResponseEntity<Object> asObject(ResponseEntity<ProblemDetail> entity) {
        return (ResponseEntity) entity;
    }
}
