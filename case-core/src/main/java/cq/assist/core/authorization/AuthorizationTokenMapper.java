package cq.assist.core.authorization;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Co-signing tokens. */
@Mapper
interface AuthorizationTokenMapper {

    void insert(TokenRow row);

    TokenRow selectByHash(String tokenHash);

    /** Tokens not used yet, by member order. */
    List<TokenRow> selectOpen(String applicationId);

    /** Marks the token used if it is unused and unexpired at that time; returns 1 on success, else 0. */
    int updateUsed(TokenUse use);

    /** Records that a reminder went out, once per open token; returns 1 the first time, else 0. */
    int updateReminded(TokenUse use);

    /** Counts one failed signing attempt with the token. */
    int updateFailedAttempts(@Param("tokenHash") String tokenHash);

    /** Failed signing attempts with the token so far. */
    int selectFailedAttempts(@Param("tokenHash") String tokenHash);
}
