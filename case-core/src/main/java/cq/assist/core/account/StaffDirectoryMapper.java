package cq.assist.core.account;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** {@code staff_account} as the console lists and administers it (never the password or TOTP secret). */
@Mapper
interface StaffDirectoryMapper {

    /** One account by id. */
    Optional<StaffSummary> selectById(long id);

    /** One account by username. */
    Optional<StaffSummary> selectByUsername(String username);

    /** Every account, by username. */
    List<StaffSummary> selectAll();

    /** Enables or disables an account; returns rows changed. */
    int updateEnabled(
            @Param("username") String username,
            @Param("enabled") boolean enabled,
            @Param("by") String by,
            @Param("at") Instant at);

    /** Sets an account's roles and scope (null department or region: cleared); returns rows changed. */
    int updateRoles(
            @Param("username") String username,
            @Param("roles") String roles,
            @Param("department") String department,
            @Param("region") String region,
            @Param("by") String by,
            @Param("at") Instant at);
}
