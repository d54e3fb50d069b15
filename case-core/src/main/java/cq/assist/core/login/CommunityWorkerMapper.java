package cq.assist.core.login;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Reads {@code community_worker} for phone login. */
@Mapper
interface CommunityWorkerMapper {

    /** The enabled worker with this phone hash, or null. */
    WorkerRow selectEnabledByPhoneHash(@Param("phoneHash") String phoneHash);

    /** A worker's id and the community it serves. */
    record WorkerRow(Long id, String communityCode) {}
}
