package cq.assist.core.account;

import java.time.Instant;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** {@code staff_session}: one row per issued web-api token. Times are UTC wall clock. */
@Mapper
interface StaffSessionMapper {

    /** Records an issued token. */
    int insert(SessionRow row);

    /** The session with its account's {@code enabled} flag (true when it has no account row). */
    Optional<SessionState> selectState(String jti);

    /** Moves {@code last_seen_at} forward. */
    int updateLastSeen(@Param("jti") String jti, @Param("at") Instant at);

    /** Revokes one session (no effect when already revoked). */
    int revoke(@Param("jti") String jti, @Param("at") Instant at, @Param("reason") String reason);

    /** Revokes every live session of a subject; returns how many. */
    int revokeSubject(@Param("subject") String subject, @Param("at") Instant at, @Param("reason") String reason);

    /** A session to record; {@code accountId} null when the subject is not a staff account id. */
    record SessionRow(String jti, String subject, Long accountId, Instant issuedAt, Instant expiresAt) {}

    /** What the per-request check reads. */
    record SessionState(
            String jti, String subject, Instant expiresAt, Instant lastSeenAt, Instant revokedAt, boolean enabled) {}
}
