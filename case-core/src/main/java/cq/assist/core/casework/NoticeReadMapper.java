package cq.assist.core.casework;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Read model of public notices (公示): item cases under notice, or objected to lately, and their objections. */
@Mapper
interface NoticeReadMapper {

    /**
     * Cases whose household lives under {@code regionCode} (a street or district code; the caller checks the
     * office exactly) that are under public notice now or had an objection since {@code objectedSince}.
     */
    List<NoticeRow> selectNotices(
            @Param("regionCode") String regionCode,
            @Param("objectedSince") Instant objectedSince,
            @Param("limit") int limit);

    /** The objections of these cases and how each was handled (OBJECTION and REOPENED events), oldest first. */
    List<ObjectionRow> selectObjections(@Param("caseIds") List<String> caseIds);

    /** One case and its application as the notice list shows it. */
    record NoticeRow(
            String caseId,
            String applicationId,
            String applicationNo,
            String itemCode,
            String applicantName,
            String communityCode,
            String departmentCode,
            String status,
            String currentStep,
            BigDecimal proposedAmount,
            Instant dueAt) {}

    /** One objection event, or the reopening that handled it. */
    record ObjectionRow(String caseId, String event, String text, String actor, Instant at) {}
}
