package cq.assist.core.notify;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The notice outbox: one row per application, notice code and channel. */
@Mapper
public interface NoticeMapper {

    /** Inserts unless the same notice exists; returns 1 when inserted, 0 when it already existed. */
    int insertIgnore(NoticeRow row);

    NoticeRow selectByKey(
            @Param("applicationId") String applicationId,
            @Param("noticeCode") String noticeCode,
            @Param("channel") String channel);

    /** Marks a pending notice sent; returns 1 for the one caller that may send it. */
    int updateSent(@Param("id") long id, @Param("sentAt") Instant sentAt);

    List<NoticeRow> selectByApplication(String applicationId);

    /** SMS notices still unsent that were queued before {@code before}, oldest first, at most {@code limit}. */
    List<NoticeRow> selectUnsentSms(@Param("before") Instant before, @Param("limit") int limit);
}
