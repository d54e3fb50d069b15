package cq.assist.web.http;

import cq.assist.core.common.ProblemKind;
import cq.assist.web.problem.ProblemFactory;
import cq.assist.web.problem.ProblemWriter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Caps request bodies before anything parses them, Spring Security and every unauthenticated endpoint
 * included (review H1). A declared {@code Content-Length} over the cap is answered at once with a 413
 * problem document, without reading the body and whether or not the client sent
 * {@code Expect: 100-continue} (no 100 is sent then); a chunked body is counted while it is read and
 * fails with {@link BodyTooLargeException} (413) at the first byte past the cap. Tomcat then reads and
 * discards what the client still sends ({@code server.tomcat.max-swallow-size}), so the client reads
 * the 413 instead of a reset connection. Caps: {@link BodyLimits}.
 */
public class RequestBodyLimitFilter extends OncePerRequestFilter {

    /** Runs right after Spring's request-context filter (-105) and before Spring Security (-100). */
    public static final int ORDER = -104;

    private final BodyLimits limits;
    private final ProblemWriter problems;

    public RequestBodyLimitFilter(BodyLimits limits, ProblemWriter problems) {
        this.limits = limits;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long cap = limits.capFor(request.getContentType());
        if (request.getContentLengthLong() > cap) {
            writeTooLarge(request, response, cap);
            return;
        }
        chain.doFilter(new CappedRequest(request, cap), response);
    }

    private void writeTooLarge(HttpServletRequest request, HttpServletResponse response, long cap) throws IOException {
        // flushed at once: Tomcat then discards the unread body instead of resetting the connection
        problems.write(
                request, response, factory -> tooLarge(factory, cap, request.getContentType()), java.util.Map.of());
    }

    /**
     * The 413 problem for a body over {@code cap} bytes. A multipart body is an upload: the answer names the
     * {@code file} field and says the file limit a person can act on (5 MB, {@code file.too-large}), not the
     * request cap with its form framing ({@link #uploadTooLarge}); any other body's detail names the cap in MB.
     *
     * @param contentType the request's content type, or null
     */
    public static org.springframework.http.ProblemDetail tooLarge(
            ProblemFactory problems, long cap, String contentType) {
        if (contentType != null
                && contentType.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")) {
            return uploadTooLarge(problems);
        }
        return problems.of(ProblemKind.PAYLOAD_TOO_LARGE, "problem.body-too-large.detail", cap / (1024 * 1024));
    }

    /**
     * The 413 problem for an upload too large, wherever it is found (this filter's cap, the container's multipart
     * limits, the upload's own check): detail and {@code errors[0]} name the file limit, field {@code file}.
     */
    public static org.springframework.http.ProblemDetail uploadTooLarge(ProblemFactory problems) {
        org.springframework.http.ProblemDetail problem = problems.of(ProblemKind.PAYLOAD_TOO_LARGE, "file.too-large");
        problem.setProperty("errors", java.util.List.of(ProblemFactory.fieldError("file", problem.getDetail())));
        return problem;
    }

    /** A request whose body stream fails once more than {@code cap} bytes have been read. */
    private static final class CappedRequest extends HttpServletRequestWrapper {

        private final long cap;
        private ServletInputStream stream;

        CappedRequest(HttpServletRequest request, long cap) {
            super(request);
            this.cap = cap;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new CappedStream(super.getInputStream(), cap);
            }
            return stream;
        }

        @Override
        public java.io.BufferedReader getReader() throws IOException {
            String encoding = getCharacterEncoding() == null ? "UTF-8" : getCharacterEncoding();
            return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(), encoding));
        }
    }

    private static final class CappedStream extends ServletInputStream {

        private final ServletInputStream in;
        private final long cap;
        private long read;

        CappedStream(ServletInputStream in, long cap) {
            this.in = in;
            this.cap = cap;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws BodyTooLargeException {
            read += n;
            if (read > cap) {
                throw new BodyTooLargeException(cap);
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
