package cq.assist.core.login;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Reads {@code community_worker} for phone login. */
@Mapper
interface CommunityWorkerMapper {

    /** The enabled worker with this phone hash, or null. */
    WorkerRow selectEnabledByPhoneHash(@Param("phoneHash") String phoneHash);

    /**
     * The enabled worker with the phone of this mobile account, or null: one statement instead of the
     * account's phone hash and then the worker (issue 10: it runs twice on every filing).
     */
    WorkerRow selectEnabledByAccountId(@Param("accountId") long accountId);

    /** A worker's id and the community it serves. */
    record WorkerRow(Long id, String communityCode) {}
}
