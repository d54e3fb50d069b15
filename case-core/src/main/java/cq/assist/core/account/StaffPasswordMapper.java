package cq.assist.core.account;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Staff passwords: create an account, change its password, keep the earlier hashes. */
@Mapper
interface StaffPasswordMapper {

    /** The account's username, hash and when the password was set, locked for update. */
    Optional<Credentials> selectForUpdate(long accountId);

    /** When the password of an account was last set (its creation time when never changed). */
    Instant selectPasswordChangedAt(long accountId);

    /** The newest {@code limit} earlier hashes of an account. */
    List<String> selectHistory(@Param("accountId") long accountId, @Param("limit") int limit);

    int insertHistory(@Param("accountId") long accountId, @Param("hash") String hash, @Param("at") Instant replacedAt);

    int updatePassword(
            @Param("accountId") long accountId,
            @Param("hash") String hash,
            @Param("at") Instant at,
            @Param("by") String by);

    /** Whether a username is taken. */
    boolean usernameExists(String username);

    int insertAccount(NewAccountRow row);

    /** What a password change reads. */
    record Credentials(long id, String username, String passwordHash) {}

    /** A new account's row. */
    record NewAccountRow(
            String username,
            String passwordHash,
            byte[] totpSecretEnc,
            String displayName,
            String roles,
            String departmentCode,
            String regionCode,
            String charityOrgCode,
            String createdBy,
            Instant at) {}
}
