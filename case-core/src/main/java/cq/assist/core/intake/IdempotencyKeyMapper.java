package cq.assist.core.intake;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Idempotency keys of submissions; the primary key (owner, key) makes a second insert fail. */
@Mapper
interface IdempotencyKeyMapper {

    /** Inserts the key; throws a duplicate-key exception when the owner already used it. */
    void insert(IdempotencyRow row);

    IdempotencyRow selectByOwnerAndKey(
            @Param("ownerAccountId") String ownerAccountId, @Param("idemKey") String idemKey);
}
