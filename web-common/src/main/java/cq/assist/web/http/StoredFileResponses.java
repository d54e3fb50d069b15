package cq.assist.web.http;

import cq.assist.core.files.FileTypes;
import cq.assist.core.files.StoredFileService.FileContent;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The one way both apps answer a stored (uploaded) file's bytes: as an attachment named
 * {@code <fileId>.jpg|.png|.pdf}, with {@code X-Content-Type-Options: nosniff} and
 * {@code Content-Security-Policy: sandbox; default-src 'none'}, so an uploaded PDF or a polyglot never
 * renders or runs script on the API's origin, and never cached ({@code Cache-Control: no-store}). The
 * media type is the stored (sniffed) one; an unknown one is sent as {@code application/octet-stream}.
 */
public final class StoredFileResponses {

    /** The sandboxing policy sent with every stored file. */
    public static final String SANDBOX = "sandbox; default-src 'none'";

    private StoredFileResponses() {}

    /**
     * A {@code 200} answer carrying the file as a download.
     *
     * @param file the stored file and its plain bytes
     * @return the answer with the headers above and the bytes as body
     */
    public static ResponseEntity<byte[]> attachment(FileContent file) {
        String contentType = file.info().contentType();
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .contentType(mediaType(contentType))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.info().fileId() + extension(contentType))
                                .build()
                                .toString())
                .header("Content-Security-Policy", SANDBOX)
                .header("X-Content-Type-Options", "nosniff")
                .body(file.bytes());
    }

    private static MediaType mediaType(String contentType) {
        return switch (contentType == null ? "" : contentType) {
            case FileTypes.JPEG -> MediaType.IMAGE_JPEG;
            case FileTypes.PNG -> MediaType.IMAGE_PNG;
            case FileTypes.PDF -> MediaType.APPLICATION_PDF;
            default -> MediaType.APPLICATION_OCTET_STREAM;
        };
    }

    private static String extension(String contentType) {
        return switch (contentType == null ? "" : contentType) {
            case FileTypes.JPEG -> ".jpg";
            case FileTypes.PNG -> ".png";
            case FileTypes.PDF -> ".pdf";
            default -> "";
        };
    }
}
