package cq.assist.core.charity;

import java.math.BigDecimal;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Reads charity projects and moves their funds. */
@Mapper
interface CharityProjectMapper {

    /** Projects open for requests, with their organisation's name, by id. */
    List<CharityProjectRow> selectActive();

    /** One project with its fund figures, or null. */
    ProjectFundRow selectFundById(String id);

    /** The projects of one organisation with their fund figures and request counts, by id. */
    List<ProjectFundRow> selectFundsByOrg(String orgCode);

    /**
     * Takes {@code amount} (yuan) from the project's remaining fund in one statement, only if that much
     * is left; returns 1 when taken, 0 when the fund cannot cover it. Concurrent calls queue on the row
     * lock and each re-reads the committed balance, so the fund is never overspent.
     */
    int debitFund(@Param("id") String id, @Param("amount") BigDecimal amount, @Param("by") String by);
}
