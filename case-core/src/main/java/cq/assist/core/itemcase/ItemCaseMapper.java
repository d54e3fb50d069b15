package cq.assist.core.itemcase;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The item-case aggregate: cases, their events, grants and home visits; plus the item catalog. */
@Mapper
interface ItemCaseMapper {

    /** Inserts a case; throws {@code DuplicateKeyException} when the household already holds the item. */
    void insert(ItemCaseRow row);

    /** Inserts cases that hold no household key (they cannot clash) in one multi-row statement. */
    void insertAll(@Param("rows") List<ItemCaseRow> rows);

    ItemCaseRow selectById(String id);

    /** Locks the case row until the transaction ends. */
    ItemCaseRow selectByIdForUpdate(String id);

    List<ItemCaseRow> selectByApplication(String applicationId);

    /** Open cases that hold the household key (waiting joint items are not counted). */
    int countOpen(String applicationId);

    /** Item codes the household holds (open or granted). */
    List<String> selectActiveItems(String householdKey);

    /** Item codes the household holds granted (its active cases in status GRANTED). */
    List<String> selectGrantedItems(String householdKey);

    int updateStep(StepChange change);

    int updateDecision(DecisionChange change);

    /** 1 when a waiting joint case took the key; may throw {@code DuplicateKeyException}. */
    int updateActivateJoint(JointActivation activation);

    ItemRow selectItem(String code);

    /** The whole catalog in its display order. */
    List<ItemRow> selectAllItems();

    void insertEvent(CaseEventRow row);

    List<CaseEventRow> selectEvents(String caseId);

    void insertGrant(GrantRow row);

    void insertHomeVisit(HomeVisitRow row);

    /** Sets proposed amount and reasons of an open case; 0 when it is no longer open. */
    int updateProposedAmount(
            @org.apache.ibatis.annotations.Param("id") String id,
            @org.apache.ibatis.annotations.Param("proposedAmount") java.math.BigDecimal proposedAmount,
            @org.apache.ibatis.annotations.Param("reasons") String reasons,
            @org.apache.ibatis.annotations.Param("by") String by,
            @org.apache.ibatis.annotations.Param("at") java.time.Instant at);
}
