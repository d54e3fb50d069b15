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

    /** The account's encrypted phone, or null. */
    PhoneRow selectPhoneEncById(@Param("id") long id);

    /** An encrypted phone (a record: MyBatis would treat a bare {@code byte[]} result as a list). */
    record PhoneRow(byte[] phoneEnc, String phoneHash) {}

    /** The account's real-name binding, or null when the account does not exist. */
    RealNameRow selectRealNameById(@Param("id") long id);

    /**
     * Binds the account to a person unless it is bound to another one; returns rows changed (0 or 1).
     */
    int updateRealName(@Param("id") long id, @Param("row") RealNameRow row);

    /** A binding as stored; every field null while the account is unbound. */
    record RealNameRow(
            String name,
            byte[] idNumberEnc,
            String idNumberHash,
            String method,
            String reference,
            Instant verifiedAt) {}
}
