package cq.assist.web.test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * HTTP/1.1 over a plain socket, for what a polished client hides: a body sent while the answer is being
 * read (as browsers, WeChat and OkHttp do, without {@code Expect: 100-continue}), an {@code Expect}
 * handshake, a chunked body. Records whether the server let the whole body arrive or reset the
 * connection under it.
 */
public final class RawHttp {

    private final int port;

    public RawHttp(int port) {
        this.port = port;
    }

    /** What came back, and whether writing the body failed (a dropped connection). */
    public record Exchange(
            int status, Map<String, String> headers, String body, Throwable writeFailure, boolean bodySent) {

        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    /**
     * Sends a request with a {@code Content-Length} body. Without {@code expectContinue} the body is
     * written at once on another thread while the answer is read; with it, the body follows only a
     * {@code 100 Continue}.
     */
    public Exchange send(String method, String path, Map<String, String> headers, byte[] body, boolean expectContinue)
            throws Exception {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            StringBuilder head =
                    new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\n");
            headers.forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
            head.append("Content-Length: ").append(body.length).append("\r\n");
            if (expectContinue) {
                head.append("Expect: 100-continue\r\n");
            }
            head.append("\r\n");
            out.write(head.toString().getBytes(StandardCharsets.UTF_8));
            out.flush();
            if (expectContinue) {
                Response first = Response.read(in);
                if (first.status != 100) {
                    return new Exchange(first.status, first.headers, first.body, null, false);
                }
                out.write(body);
                out.flush();
                Response answer = Response.read(in);
                return new Exchange(answer.status, answer.headers, answer.body, null, true);
            }
            CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
                try {
                    for (int offset = 0; offset < body.length; offset += 64 * 1024) {
                        out.write(body, offset, Math.min(64 * 1024, body.length - offset));
                    }
                    out.flush();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            return exchange(Response.read(in), writer);
        }
    }

    /** Sends a body in 8 KB chunks ({@code Transfer-Encoding: chunked}, no length declared). */
    public Exchange sendChunked(String method, String path, Map<String, String> headers, byte[] body) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            StringBuilder head =
                    new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\n");
            headers.forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
            head.append("Transfer-Encoding: chunked\r\n\r\n");
            CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
                try {
                    out.write(head.toString().getBytes(StandardCharsets.UTF_8));
                    for (int offset = 0; offset < body.length; offset += 8192) {
                        int n = Math.min(8192, body.length - offset);
                        out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                        out.write(body, offset, n);
                        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                    }
                    out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            return exchange(Response.read(socket.getInputStream()), writer);
        }
    }

    /** The answer, and whether the body went out whole (the writer's failure when the server closed first). */
    private static Exchange exchange(Response answer, CompletableFuture<Void> writer) throws Exception {
        Throwable failure = null;
        try {
            writer.get(60, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            failure = e.getCause();
        }
        return new Exchange(answer.status, answer.headers, answer.body, failure, failure == null);
    }

    private record Response(int status, Map<String, String> headers, String body) {

        static Response read(InputStream in) throws IOException {
            String statusLine = line(in);
            int status = Integer.parseInt(statusLine.split(" ")[1]);
            Map<String, String> headers = new LinkedHashMap<>();
            for (String line = line(in); !line.isEmpty(); line = line(in)) {
                int colon = line.indexOf(':');
                headers.put(
                        line.substring(0, colon).trim().toLowerCase(Locale.ROOT),
                        line.substring(colon + 1).trim());
            }
            if (status == 100) {
                return new Response(status, headers, "");
            }
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            if (headers.containsKey("content-length")) {
                body.write(in.readNBytes(Integer.parseInt(headers.get("content-length"))));
            } else if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
                for (int size = Integer.parseInt(line(in).split(";")[0].trim(), 16);
                        size > 0;
                        size = Integer.parseInt(line(in).split(";")[0].trim(), 16)) {
                    body.write(in.readNBytes(size));
                    line(in);
                }
                line(in);
            }
            return new Response(status, headers, body.toString(StandardCharsets.UTF_8));
        }

        private static String line(InputStream in) throws IOException {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            for (int b = in.read(); b != '\n'; b = in.read()) {
                if (b < 0) {
                    throw new java.io.EOFException("connection closed before the answer was complete");
                }
                if (b != '\r') {
                    line.write(b);
                }
            }
            return line.toString(StandardCharsets.UTF_8);
        }
    }
}
