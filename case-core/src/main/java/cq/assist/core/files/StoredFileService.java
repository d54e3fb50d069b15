package cq.assist.core.files;

import cq.assist.core.common.DomainException;
import cq.assist.core.common.ProblemKind;
import cq.assist.core.pii.PiiCipher;
import cq.assist.core.time.BusinessClock;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores uploads in {@code stored_file}: type sniffed from the bytes, at most {@link #MAX_BYTES}, then
 * decoded ({@link UploadDecoding}: images stored re-encoded from their pixels, without EXIF/GPS; PDFs
 * without active content only); size and SHA-256 are those of the stored bytes; content AES-GCM
 * encrypted. Implements {@link StoredFiles} and reads
 * content back for its owner or for the case code that checks a referenced file.
 */
@Service
public class StoredFileService implements StoredFiles {

    /** The largest accepted file: 5 MB. */
    public static final long MAX_BYTES = 5L * 1024 * 1024;

    private final StoredFileMapper files;
    private final PiiCipher cipher;
    private final BusinessClock clock;
    private final int dailyPerAccount;

    StoredFileService(
            StoredFileMapper files,
            PiiCipher cipher,
            BusinessClock clock,
            @org.springframework.beans.factory.annotation.Value("${assist.files.daily-per-account:30}")
                    int dailyPerAccount) {
        this.files = files;
        this.cipher = cipher;
        this.clock = clock;
        this.dailyPerAccount = dailyPerAccount;
    }

    /**
     * Stores an upload for its owner.
     *
     * @param ownerAccountId the uploading account (token subject); must not be null
     * @param content the bytes as received; must not be null
     * @throws DomainException VALIDATION when empty, PAYLOAD_TOO_LARGE above 5 MB, UNSUPPORTED_MEDIA_TYPE
     *     when not JPEG, PNG or PDF, when an image does not decode, or when a PDF carries active content,
     *     TOO_MANY_REQUESTS after {@code assist.files.daily-per-account} (30) uploads in 24 hours
     */
    @Transactional
    public StoredFileInfo store(String ownerAccountId, byte[] content) {
        if (files.countSince(ownerAccountId, clock.now().minus(java.time.Duration.ofDays(1))) >= dailyPerAccount) {
            throw DomainException.tooManyRequests(
                    "file.daily-limit", java.time.Duration.ofHours(1).toSeconds());
        }
        String contentType = check(content);
        byte[] stored = UploadDecoding.sanitise(content, contentType);
        String id = UUID.randomUUID().toString();
        String sha256 = PiiCipher.sha256Hex(stored);
        files.insert(new StoredFileRow(
                id,
                ownerAccountId,
                contentType,
                stored.length,
                sha256,
                cipher.encryptBytes(cq.assist.core.pii.PiiField.FILE_CONTENT, id, stored),
                clock.now()));
        return new StoredFileInfo(id, sha256, contentType, stored.length, ownerAccountId);
    }

    /** The content type an upload would be stored with; throws as {@link #store} does. */
    public static String check(byte[] content) {
        checkSize(content.length);
        return FileTypes.sniff(content)
                .orElseThrow(() -> new DomainException(ProblemKind.UNSUPPORTED_MEDIA_TYPE, "file.unsupported-type"));
    }

    /**
     * Refuses a size before the bytes are read: VALIDATION when 0, PAYLOAD_TOO_LARGE above 5 MB.
     *
     * @throws DomainException as described
     */
    public static void checkSize(long size) {
        if (size == 0) {
            throw new DomainException(ProblemKind.VALIDATION, "file.empty");
        }
        if (size > MAX_BYTES) {
            throw DomainException.withFields(
                    ProblemKind.PAYLOAD_TOO_LARGE,
                    "file.too-large",
                    java.util.List.of(new DomainException.FieldError("file", "file.too-large")));
        }
    }

    @Override
    public Optional<StoredFileInfo> findOwned(String fileId, String ownerAccountId) {
        if (fileId == null || ownerAccountId == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(files.selectById(fileId)).filter(f -> ownerAccountId.equals(f.ownerAccountId()));
    }

    @Override
    public boolean deleteIfUnused(String fileId) {
        return fileId != null && files.deleteIfUnused(fileId) == 1;
    }

    /** The file with its decrypted content if it exists and belongs to this account; empty otherwise. */
    public Optional<FileContent> readOwned(String fileId, String ownerAccountId) {
        return findOwned(fileId, ownerAccountId).map(this::withContent);
    }

    /**
     * The file with its decrypted content, whoever owns it — for case code that has already checked the
     * caller may see it (e.g. a reviewer viewing an application's ID-card photo). Empty when unknown.
     */
    public Optional<FileContent> read(String fileId) {
        return Optional.ofNullable(fileId).map(files::selectById).map(this::withContent);
    }

    private FileContent withContent(StoredFileInfo info) {
        return new FileContent(
                info,
                cipher.decryptBytes(
                        cq.assist.core.pii.PiiField.FILE_CONTENT,
                        info.fileId(),
                        files.selectContentById(info.fileId()).contentEnc()));
    }

    /** A stored file's facts and its plain bytes. */
    public record FileContent(StoredFileInfo info, byte[] bytes) {}
}
