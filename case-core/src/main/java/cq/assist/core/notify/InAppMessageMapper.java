package cq.assist.core.notify;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Rows of {@code in_app_message}; a reader's rows are those of its account or of the person it is bound to. */
@Mapper
interface InAppMessageMapper {

    void insert(InAppMessageRow row);

    List<InAppMessageRow> selectFor(
            @Param("accountId") String accountId, @Param("idHashes") List<String> idHashes, @Param("limit") int limit);

    int updateRead(
            @Param("id") long id,
            @Param("accountId") String accountId,
            @Param("idHashes") List<String> idHashes,
            @Param("at") Instant at);

    int countFor(@Param("id") long id, @Param("accountId") String accountId, @Param("idHashes") List<String> idHashes);
}
