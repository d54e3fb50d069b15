package cq.assist.core.files;

import cq.assist.core.files.StoredFiles.StoredFileInfo;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Rows of {@code stored_file}. */
@Mapper
interface StoredFileMapper {

    void insert(StoredFileRow row);

    /** The file's facts (without content), or null. */
    StoredFileInfo selectById(@Param("id") String id);

    /** The encrypted content, or null. */
    EncryptedContent selectContentById(@Param("id") String id);

    /** Files the account uploaded at or after {@code since} (business time). */
    int countSince(@Param("owner") String owner, @Param("since") java.time.Instant since);

    /**
     * Deletes up to {@code limit} files uploaded before {@code before} that no application (ID-card photo)
     * and no home visit (photos) uses; returns how many.
     */
    int deleteUnusedBefore(@Param("before") java.time.Instant before, @Param("limit") int limit);

    /** Deletes the file if no application and no home visit uses it (the same rule); returns 0 or 1. */
    int deleteIfUnused(@Param("id") String id);

    /** The {@code content_enc} column (a record, since MyBatis reads a bare {@code byte[]} as many rows). */
    record EncryptedContent(byte[] contentEnc) {}
}
