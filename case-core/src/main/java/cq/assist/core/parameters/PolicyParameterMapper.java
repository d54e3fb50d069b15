package cq.assist.core.parameters;

import cq.assist.core.rules.ParameterRow;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;

/** Reads and adds {@code policy_parameter} rows: every version of every parameter. A version is never edited. */
@Mapper
interface PolicyParameterMapper {

    /** All rows, by key, region and effective date. */
    List<ParameterRow> selectAll();

    /** The versions matching the query, by key, region and effective date. */
    List<ParameterVersion> selectVersions(ParameterQuery query);

    /** The unit of a parameter key, or null when no version of that key exists. */
    String selectUnit(String key);

    /** The code and name of every region, which reasons use when they say where a standard applies. */
    List<RegionName> selectRegionNames();

    /** 1 when a region with that code exists. */
    int countRegion(String regionCode);

    /** Adds a version; throws {@code DuplicateKeyException} when key, region and date exist already. */
    void insert(ParameterVersion version);
}
