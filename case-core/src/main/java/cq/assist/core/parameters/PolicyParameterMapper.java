package cq.assist.core.parameters;

import cq.assist.core.rules.ParameterRow;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;

/** Reads {@code policy_parameter}: every version of every parameter. */
@Mapper
interface PolicyParameterMapper {

    /** All rows, by key, region and effective date. */
    List<ParameterRow> selectAll();
}
