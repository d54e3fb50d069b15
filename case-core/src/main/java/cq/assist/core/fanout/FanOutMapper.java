package cq.assist.core.fanout;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Reads and writes of the fan-out that belong to no single case: regions, charity matches. */
@Mapper
interface FanOutMapper {

    /** Whether the urban standard applies in a region; null for an unknown region. */
    Boolean selectUrban(String regionCode);

    /** The department's name, or null for an unknown code. */
    String selectDepartmentName(String code);

    void insertCharityMatch(CharityMatchRow row);

    /** Inserts the matches of one application in one multi-row statement (never called with none). */
    void insertCharityMatches(@Param("rows") List<CharityMatchRow> rows);

    /** Stores which parameter versions the decisions used (once per application). */
    void insertAssessment(AssessmentRow row);

    List<CharityMatchRow> selectCharityMatches(String applicationId);

    /** The stored assessment of an application, or null before it is assessed. */
    AssessmentRow selectAssessment(String applicationId);

    /** Closes the joint items that waited for a grant that never came; returns the rows changed. */
    int updateExpireWaiting(WaitingExpiry expiry);
}
