package cq.assist.core.intake;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The application aggregate: the application, its members and its timeline. */
@Mapper
interface ApplicationMapper {

    void insertSequence(SequenceTicket ticket);

    void insert(ApplicationRow row);

    void insertMember(MemberRow row);

    void insertEvent(EventRow row);

    ApplicationRow selectById(String id);

    /** Locks the application row until the transaction ends; returns its status. */
    String selectStatusForUpdate(String id);

    /** Changes the status only from the expected one; returns the rows changed (0 or 1). */
    int updateStatus(StatusChange change);

    List<MemberRow> selectMembers(String applicationId);

    List<EventRow> selectEvents(String applicationId);

    List<ApplicationRow> selectVisible(VisibleQuery query);

    /** Stores the payee account (number encrypted, bank in clear); returns the rows changed (0 or 1). */
    int updatePayeeAccount(
            @Param("id") String id,
            @Param("accountEnc") byte[] accountEnc,
            @Param("bank") String bank,
            @Param("at") java.time.Instant at);

    /** The payee account of the application, or null when none was given (or no such application). */
    PayeeAccountRow selectPayeeAccount(@Param("id") String id);

    /** Records how a worker checked the applicant's identity for a proxy filing. */
    int updateIdentityCheck(@Param("id") String id, @Param("identityCheck") String identityCheck);

    /** How a worker checked the applicant's identity, or null for a resident's own filing. */
    String selectIdentityCheck(@Param("id") String id);

    /** 1 when a region of level COMMUNITY has this code, else 0. */
    int countCommunity(String code);

    /** Applications the account filed at or after {@code since} (business time). */
    int countFiledSince(@Param("filerAccountId") String filerAccountId, @Param("since") java.time.Instant since);
}
