package cq.assist.core.audit;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** {@code audit_anchor} and the one delete of archived entries the retention job makes. */
@Mapper
interface AuditAnchorMapper {

    /** The newest anchor (highest seq), if any entries were ever archived. */
    Optional<AuditAnchor> selectLatest();

    void insert(AuditAnchor anchor);

    /**
     * The seq of the first entry written at or after {@code cutoff}, or null when there is none: every entry
     * before it is older than the cutoff.
     */
    Long selectFirstSeqAtOrAfter(@Param("cutoff") Instant cutoff);

    /** Entries with seq in {@code (afterSeq, upToSeq]}, in order, at most {@code limit}. */
    List<AuditLogRow> selectRange(
            @Param("afterSeq") long afterSeq, @Param("upToSeq") long upToSeq, @Param("limit") int limit);

    /**
     * Deletes archived entries with seq in {@code (afterSeq, upToSeq]}; the {@code occurred_at < cutoff} condition
     * repeats the retention rule in the statement itself, so no entry younger than the retention is ever deleted.
     */
    int deleteArchived(
            @Param("afterSeq") long afterSeq, @Param("upToSeq") long upToSeq, @Param("cutoff") Instant cutoff);

    /** One anchor row. */
    record AuditAnchor(
            Long id,
            long anchorSeq,
            String anchorHash,
            long firstSeq,
            long entries,
            Instant newestAt,
            Instant archivedAt,
            String archiveName,
            String archiveSha256,
            String seal) {

        /** The sealed text: every field but id and seal, length-prefixed. */
        String canonical() {
            StringBuilder text = new StringBuilder("audit-anchor-v1");
            for (Object field : new Object[] {
                anchorSeq,
                anchorHash,
                firstSeq,
                entries,
                newestAt.toEpochMilli(),
                archivedAt.toEpochMilli(),
                archiveName,
                archiveSha256
            }) {
                String value = String.valueOf(field);
                text.append('|').append(value.length()).append(':').append(value);
            }
            return text.toString();
        }

        AuditAnchor withSeal(String newSeal) {
            return new AuditAnchor(
                    id,
                    anchorSeq,
                    anchorHash,
                    firstSeq,
                    entries,
                    newestAt,
                    archivedAt,
                    archiveName,
                    archiveSha256,
                    newSeal);
        }
    }
}
