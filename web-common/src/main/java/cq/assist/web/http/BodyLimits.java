package cq.assist.web.http;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Request-body caps (API.md "Identity and consent": a body over 1 MB, an upload over 5 MB, gets 413).
 *
 * @param maxBody cap of every non-multipart body (JSON included), default 1 MB
 * @param maxMultipartBody cap of a whole multipart request: the 5 MB file plus its form framing, default
 *     6 MB (the file's own 5 MB cap is checked on the part)
 */
@ConfigurationProperties("assist.http")
public record BodyLimits(DataSize maxBody, DataSize maxMultipartBody) {

    public BodyLimits {
        maxBody = maxBody == null ? DataSize.ofMegabytes(1) : maxBody;
        maxMultipartBody = maxMultipartBody == null ? DataSize.ofMegabytes(6) : maxMultipartBody;
    }

    /** The cap in bytes for a request of this content type. */
    long capFor(String contentType) {
        boolean multipart = contentType != null
                && contentType.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/");
        return (multipart ? maxMultipartBody : maxBody).toBytes();
    }
}
