package cq.assist.core.notify;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * The outbox of messages to an application's applicant (table {@code application_notice}, named before the
 * glossary settled on "message"): one row per application, message code and channel.
 */
@Mapper
interface ApplicantMessageMapper {

    /** Inserts unless the same message exists; returns 1 when inserted, 0 when it already existed. */
    int insertIgnore(ApplicantMessageRow row);

    ApplicantMessageRow selectByKey(
            @Param("applicationId") String applicationId,
            @Param("messageCode") String messageCode,
            @Param("channel") String channel);

    /** Marks a pending message sent; returns 1 for the one caller that may send it. */
    int updateSent(@Param("id") long id, @Param("sentAt") Instant sentAt);

    List<ApplicantMessageRow> selectByApplication(String applicationId);

    /** SMS messages still unsent that were queued before {@code before}, oldest first, at most {@code limit}. */
    List<ApplicantMessageRow> selectUnsentSms(@Param("before") Instant before, @Param("limit") int limit);
}
