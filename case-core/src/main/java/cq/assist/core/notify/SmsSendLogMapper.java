package cq.assist.core.notify;

import java.time.Instant;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Rows of {@code sms_send_log}: one per outbound text, for the daily budgets. */
@Mapper
interface SmsSendLogMapper {

    void insert(
            @Param("phoneHash") String phoneHash,
            @Param("applicantKey") String applicantKey,
            @Param("kind") String kind,
            @Param("sentAt") Instant sentAt);

    int countByPhoneSince(@Param("phoneHash") String phoneHash, @Param("since") Instant since);

    int countByApplicantSince(@Param("applicantKey") String applicantKey, @Param("since") Instant since);

    Instant selectOldestByPhoneSince(@Param("phoneHash") String phoneHash, @Param("since") Instant since);
}
