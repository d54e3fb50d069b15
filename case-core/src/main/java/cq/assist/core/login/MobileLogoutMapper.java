package cq.assist.core.login;

import java.time.Instant;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Rows of {@code mobile_token_logout}: the mobile tokens that logged out. */
@Mapper
interface MobileLogoutMapper {

    /** Records a logout; a second logout of the same token changes nothing (INSERT IGNORE). */
    void insert(
            @Param("jti") String jti,
            @Param("subject") String subject,
            @Param("at") Instant at,
            @Param("expiresAt") Instant expiresAt);

    /** 1 when the token logged out, else 0. */
    int countByJti(@Param("jti") String jti);
}
