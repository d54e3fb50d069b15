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

    /** One page of the entries matching the filter, newest first. */
    List<AuditLogRow> selectPage(
            @Param("f") AuditFilter filter, @Param("limit") int limit, @Param("offset") long offset);

    /** How many entries match the filter. */
    long count(@Param("f") AuditFilter filter);

    /** Entries of an actor and action since a time (for per-user rate limits). */
    int countSince(
            @Param("actor") String actor, @Param("action") String action, @Param("since") java.time.Instant since);

    /** Stores an alert of the verifier. */
    void insertAlert(
            @Param("raisedAt") java.time.Instant raisedAt,
            @Param("trigger") String trigger,
            @Param("problem") String problem,
            @Param("brokenSeq") Long brokenSeq,
            @Param("checkedEntries") long checkedEntries);
}
