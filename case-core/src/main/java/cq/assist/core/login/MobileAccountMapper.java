package cq.assist.core.login;

import java.time.Instant;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Rows of {@code mobile_account}. */
@Mapper
interface MobileAccountMapper {

    /** Inserts the account unless one with this phone hash exists; returns rows inserted (0 or 1). */
    int insertIgnore(
            @Param("phoneHash") String phoneHash, @Param("phoneEnc") byte[] phoneEnc, @Param("now") Instant now);

    Long selectIdByPhoneHash(@Param("phoneHash") String phoneHash);

    String selectPhoneHashById(@Param("id") long id);

    int updateLastLogin(@Param("id") long id, @Param("now") Instant now);
}
