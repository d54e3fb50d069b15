package cq.assist.core.account;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** {@code token_signing_key}: rotated staff token keys. */
@Mapper
interface TokenKeyMapper {

    /** Keys not retired, oldest first. */
    List<TokenKeyRow> selectActive();

    /** Every key, newest first. */
    List<TokenKeyRow> selectAll();

    int insert(TokenKeyRow row);

    /** Retires a key; returns rows changed (0: unknown or already retired). */
    int retire(@Param("kid") String kid, @Param("at") Instant at);

    /** One row. */
    record TokenKeyRow(
            String kid, byte[] secretEnc, Instant createdAt, String createdBy, Instant signsFrom, Instant retiredAt) {}
}
