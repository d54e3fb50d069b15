package cq.assist.mobile.files;

import cq.assist.core.common.DomainException;
import cq.assist.core.files.StoredFileService;
import cq.assist.core.files.StoredFileService.FileContent;
import cq.assist.core.files.StoredFiles.StoredFileInfo;
import cq.assist.web.http.StoredFileResponses;
import cq.assist.web.security.Caller;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Upload a file (type from the bytes, decoded, at most 5 MB) and read one's own files back, always as an
 * attachment with {@code nosniff} and a sandboxing CSP (a PDF never renders on the API's origin;
 * {@link StoredFileResponses}).
 */
@RestController
@RequestMapping("/api/v1/files")
class FileController {

    private final StoredFileService files;

    FileController(StoredFileService files) {
        this.files = files;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    FileResponse upload(@RequestParam("file") MultipartFile file, Caller caller) throws IOException {
        StoredFileService.checkSize(file.getSize());
        StoredFileInfo info = files.store(caller.subject(), file.getBytes());
        return new FileResponse(info.fileId(), info.sha256(), info.contentType(), info.size());
    }

    @GetMapping("/{fileId}")
    ResponseEntity<byte[]> download(@PathVariable String fileId, Caller caller) {
        FileContent file =
                files.readOwned(fileId, caller.subject()).orElseThrow(() -> DomainException.notFound("file.not-found"));
        return StoredFileResponses.attachment(file);
    }

    /** {@code 201} answer of {@code POST /files}. */
    record FileResponse(String fileId, String sha256, String contentType, long size) {}
}
