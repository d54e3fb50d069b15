package cq.assist.core.audit;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The insert-only {@code audit_log}: no update or delete exists here on purpose. */
@Mapper
interface AuditLogMapper {

    void insert(AuditLogRow row);

    /** Entries with seq greater than {@code afterSeq}, in chain order, at most {@code limit}. */
    List<AuditLogRow> selectAfterSeq(@Param("afterSeq") long afterSeq, @Param("limit") int limit);
}
