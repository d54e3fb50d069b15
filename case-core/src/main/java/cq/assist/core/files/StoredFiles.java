package cq.assist.core.files;

import java.util.Optional;

/** Uploaded files (ID-card photos, visit photos, signatures), encrypted at rest. */
public interface StoredFiles {

    /** The file's facts if it exists and was uploaded by this account; empty otherwise. */
    Optional<StoredFileInfo> findOwned(String fileId, String ownerAccountId);

    /** Facts about one stored file. */
    record StoredFileInfo(String fileId, String sha256, String contentType, long size, String ownerAccountId) {}
}
