package cq.assist.core.publicnotice;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Reads the item cases under public notice of one community. */
@Mapper
interface PublicNoticeMapper {

    /** The cases of the community whose status is PUBLIC_NOTICE, ending soonest first (at most 200). */
    List<NoticeRow> selectRunning(@Param("communityCode") String communityCode);
}
