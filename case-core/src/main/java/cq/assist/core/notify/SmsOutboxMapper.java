package cq.assist.core.notify;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Rows of the demo {@code sms_outbox}. */
@Mapper
interface SmsOutboxMapper {

    void insert(SmsOutboxRow row);

    /** The phone's messages, newest first, at most {@code limit}. */
    List<SmsOutboxRow> selectByPhoneHash(@Param("phoneHash") String phoneHash, @Param("limit") int limit);
}
