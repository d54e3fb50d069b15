package cq.assist.mobile.support;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

/** Builds a {@code multipart/form-data} body with one file part, for {@code HttpApi.send}. */
public record Multipart(String contentType, byte[] body) {

    /** One part named {@code field}, declaring the given file name and content type. */
    public static Multipart file(String field, String fileName, String declaredType, byte[] content) {
        String boundary = "----assist" + UUID.randomUUID().toString().replace("-", "");
        ByteArrayOutputStream out = new ByteArrayOutputStream(content.length + 512);
        String head = "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"" + field + "\"; filename=\"" + fileName + "\"\r\n"
                + "Content-Type: " + declaredType + "\r\n\r\n";
        out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(content);
        out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return new Multipart("multipart/form-data; boundary=" + boundary, out.toByteArray());
    }

    /** The request headers that announce this body. */
    public Map<String, String> headers() {
        return Map.of("Content-Type", contentType);
    }
}
