package cq.assist.core.files;

import java.util.Optional;

/** Uploaded files (ID-card photos, visit photos, signatures), encrypted at rest. */
public interface StoredFiles {

    /** The file's facts if it exists and was uploaded by this account; empty otherwise. */
    Optional<StoredFileInfo> findOwned(String fileId, String ownerAccountId);

    /**
     * Deletes the file unless an application (ID-card photo) or a home visit (photos) still uses it, the rule
     * the purge of unused uploads applies too. Called by the retention job once it has unlinked an
     * application's files.
     *
     * @return true if the file was deleted; false if it is still used or does not exist
     */
    boolean deleteIfUnused(String fileId);

    /** Facts about one stored file. */
    record StoredFileInfo(String fileId, String sha256, String contentType, long size, String ownerAccountId) {}
}
