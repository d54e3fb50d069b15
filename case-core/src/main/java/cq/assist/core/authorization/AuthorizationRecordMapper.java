package cq.assist.core.authorization;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;

/**
 * Signature records. Append-only: there is deliberately no update or delete here, and the production
 * database user holds only INSERT and SELECT on the table.
 */
@Mapper
interface AuthorizationRecordMapper {

    void insert(RecordRow row);

    RecordRow selectById(String id);

    List<RecordRow> selectByApplication(String applicationId);
}
