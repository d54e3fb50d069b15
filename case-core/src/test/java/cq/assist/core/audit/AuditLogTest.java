package cq.assist.core.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import cq.assist.core.fixtures.CaseFixtures;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The tamper-evident audit log over an in-memory chain: entries chained and sealed in order; a changed entry,
 * a removed one and a cut-off tail are each found.
 */
class AuditLogTest {

    private final List<AuditLogRow> rows = new ArrayList<>();
    private ChainHead head = new ChainHead(0, AuditLog.GENESIS, Instant.EPOCH);

    private final AuditLogMapper entries = mock(AuditLogMapper.class);
    private final AuditChainHeadMapper heads = mock(AuditChainHeadMapper.class);
    private final AuditAnchorMapper anchors = mock(AuditAnchorMapper.class);
    private final AuditLog log = new AuditLog(
            entries,
            heads,
            CaseFixtures.cipher(),
            new AuditSeal(
                    new AuditProperties(Base64.getEncoder().encodeToString(new byte[32]), null, null, null, null)),
            anchors);

    @BeforeEach
    void anInMemoryChain() {
        doAnswer(call -> rows.add(call.getArgument(0))).when(entries).insert(any());
        when(entries.selectAfterSeq(anyLong(), anyInt())).thenAnswer(call -> rows.stream()
                .filter(r -> r.seq() > (long) call.getArgument(0))
                .limit((int) call.getArgument(1))
                .toList());
        when(heads.selectForUpdate()).thenAnswer(call -> head);
        when(heads.selectHead()).thenAnswer(call -> head);
        doAnswer(call -> head = call.getArgument(0)).when(heads).updateHead(any());
        when(anchors.selectLatest()).thenReturn(Optional.empty());
    }

    private long view(String subject) {
        return log.record(new AuditEntry(
                "a-1",
                "DISTRICT_APPROVER",
                AuditActions.VIEW_FULL_ID_NUMBER,
                "APPLICATION_MEMBER",
                subject,
                "核对",
                "10.0.0.1"));
    }

    @Test
    void entriesAreChainedInOrderAndVerify() {
        assertThat(view("app-1/0")).isEqualTo(1);
        assertThat(view("app-1/1")).isEqualTo(2);
        view("app-2/0");

        assertThat(rows.get(1).prevHash()).isEqualTo(rows.get(0).entryHash());
        assertThat(rows.get(0).prevHash()).isEqualTo(AuditLog.GENESIS);
        assertThat(rows.get(0).clientIpHash()).isNotNull().doesNotContain("10.0.0.1");
        assertThat(log.verifyChain()).isEqualTo(ChainVerification.intact(3));
    }

    @Test
    void aChangedEntryIsFound() {
        view("app-1/0");
        view("app-1/1");
        AuditLogRow original = rows.get(1);
        rows.set(
                1,
                new AuditLogRow(
                        original.id(),
                        original.seq(),
                        original.occurredAt(),
                        original.actorAccountId(),
                        original.actorRole(),
                        original.actionCode(),
                        original.subjectType(),
                        "app-9/0",
                        original.purpose(),
                        original.clientIpHash(),
                        original.prevHash(),
                        original.entryHash(),
                        original.outcome(),
                        original.clientAddr(),
                        original.sealVersion()));

        ChainVerification result = log.verifyChain();

        assertThat(result.ok()).isFalse();
        assertThat(result.problem()).isEqualTo(ChainVerification.Problem.ENTRY_ALTERED);
        assertThat(result.brokenSeq()).isEqualTo(2);
    }

    @Test
    void aRemovedEntryAndACutTailAreFound() {
        view("app-1/0");
        view("app-1/1");
        view("app-1/2");
        AuditLogRow last = rows.remove(2);
        assertThat(log.verifyChain().problem()).isEqualTo(ChainVerification.Problem.TAIL_MISSING);

        rows.add(last);
        rows.remove(1);
        assertThat(log.verifyChain().problem()).isEqualTo(ChainVerification.Problem.PREVIOUS_ENTRY_MISSING);
    }

    @Test
    void anEntryWithoutItsSubjectIsRefused() {
        assertThatThrownBy(() -> log.record(new AuditEntry("a-1", "ADMIN", "X", "APPLICATION", null, "p", null)))
                .isInstanceOf(NullPointerException.class);
        assertThat(rows).isEmpty();
    }
}
