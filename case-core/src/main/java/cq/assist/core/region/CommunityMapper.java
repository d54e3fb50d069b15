package cq.assist.core.region;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;

/** Reads communities from the region table (written only by the seeds). */
@Mapper
interface CommunityMapper {

    /** Every community, in code order, with its street's and district's names. */
    List<Community> selectAll();
}
