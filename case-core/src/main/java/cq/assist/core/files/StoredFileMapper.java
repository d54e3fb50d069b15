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

    /** The {@code content_enc} column (a record, since MyBatis reads a bare {@code byte[]} as many rows). */
    record EncryptedContent(byte[] contentEnc) {}
}
