package cq.assist.web.http;

import static org.assertj.core.api.Assertions.assertThat;

import cq.assist.core.files.StoredFileService.FileContent;
import cq.assist.core.files.StoredFiles.StoredFileInfo;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

class StoredFileResponsesTest {

    @Test
    void aStoredFileIsASandboxedUncachedAttachmentNamedByItsIdAndType() {
        byte[] bytes = {1, 2, 3};
        ResponseEntity<byte[]> answer = StoredFileResponses.attachment(
                new FileContent(new StoredFileInfo("f-1", "sha", "application/pdf", 3, "a-1"), bytes));

        HttpHeaders headers = answer.getHeaders();
        assertThat(answer.getStatusCode().value()).isEqualTo(200);
        assertThat(answer.getBody()).isEqualTo(bytes);
        assertThat(headers.getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
        assertThat(headers.getFirst(HttpHeaders.CONTENT_DISPOSITION)).isEqualTo("attachment; filename=\"f-1.pdf\"");
        assertThat(headers.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(headers.getFirst("Content-Security-Policy")).isEqualTo("sandbox; default-src 'none'");
        assertThat(headers.getCacheControl()).isEqualTo("no-store");
    }

    @Test
    void aPhotoKeepsItsImageTypeAndAnUnknownTypeIsSentAsBytes() {
        ResponseEntity<byte[]> png = StoredFileResponses.attachment(
                new FileContent(new StoredFileInfo("p", "sha", "image/png", 1, "a"), new byte[1]));
        ResponseEntity<byte[]> odd = StoredFileResponses.attachment(
                new FileContent(new StoredFileInfo("o", "sha", "text/html", 1, "a"), new byte[1]));

        assertThat(png.getHeaders().getContentType()).isEqualTo(MediaType.IMAGE_PNG);
        assertThat(png.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION)).contains("p.png");
        assertThat(odd.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_OCTET_STREAM);
        assertThat(odd.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION)).isEqualTo("attachment; filename=\"o\"");
    }
}
