package cq.assist.workflow.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cq.assist.core.common.DomainException;
import cq.assist.core.common.ProblemKind;
import cq.assist.core.monitoring.AlertOutcomes;
import cq.assist.core.monitoring.AlertView;
import cq.assist.core.monitoring.MonitoringAlerts;
import java.util.ArrayList;
import java.util.List;
import org.flowable.common.engine.impl.interceptor.Command;
import org.flowable.engine.ManagementService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.SimpleTransactionStatus;

/**
 * The outcome stage's blocks, with the engine and the transaction manager stubbed: a block is one engine command
 * in one transaction; a block that fails is rolled back and its alerts are acted on one per transaction, so the
 * failing alert is counted once as failed and the others once as acted on; pages follow on from the last id.
 */
class ActingOnAlertsTest {

    private final MonitoringAlerts alerts = mock(MonitoringAlerts.class);
    private final GrantingOnTheSpot granting = mock(GrantingOnTheSpot.class);
    private final AlertFollowUps followUps = mock(AlertFollowUps.class);
    private final ManagementService engine = mock(ManagementService.class);
    private final PlatformTransactionManager transactions = mock(PlatformTransactionManager.class);
    private final List<String> commits = new ArrayList<>();
    private int rollbacks;

    @BeforeEach
    void engineAndTransactions() {
        when(engine.executeCommand(any())).thenAnswer(call -> ((Command<?>) call.getArgument(0)).execute(null));
        when(transactions.getTransaction(any())).thenAnswer(call -> new SimpleTransactionStatus(true));
        org.mockito.Mockito.doAnswer(call -> commits.add("commit"))
                .when(transactions)
                .commit(any());
        org.mockito.Mockito.doAnswer(call -> rollbacks++).when(transactions).rollback(any());
    }

    @Test
    void actsOnABlockInOneTransactionAndOneEngineCommand() {
        List<AlertView> page = List.of(
                alert("a1", "AMOUNT_CHANGED"),
                alert("a2", "NO_LONGER_ELIGIBLE"),
                alert("a3", "NEWLY_ELIGIBLE"),
                alert("a4", "AMOUNT_CHANGED"),
                alert("a5", "AMOUNT_CHANGED"));
        when(alerts.openOfRun(eq("run"), anyList(), isNull(), anyInt())).thenReturn(page);
        when(granting.grant(page.get(2))).thenReturn(List.of("c1", "c2"));

        AlertOutcomes.Acted acted =
                new ActingOnAlerts(alerts, granting, followUps, engine, transactions, 2).actOn("run", () -> {});

        assertThat(acted).isEqualTo(new AlertOutcomes.Acted(2, 4, 0));
        assertThat(commits).as("blocks a1-a2, a3-a4, and a5 alone").hasSize(3);
        verify(engine, times(2)).executeCommand(any());
        assertThat(rollbacks).isZero();
    }

    @Test
    void aFailingAlertRollsItsBlockBackAndTheBlockIsActedOnOneByOne() {
        List<AlertView> page =
                List.of(alert("a1", "AMOUNT_CHANGED"), alert("a2", "AMOUNT_CHANGED"), alert("a3", "AMOUNT_CHANGED"));
        when(alerts.openOfRun(eq("run"), anyList(), isNull(), anyInt())).thenReturn(page);
        when(followUps.followUp(page.get(1), GrantingOnTheSpot.SYSTEM))
                .thenThrow(new DomainException(ProblemKind.CONFLICT, "monitoring.alert.ended"));

        AlertOutcomes.Acted acted =
                new ActingOnAlerts(alerts, granting, followUps, engine, transactions, 50).actOn("run", () -> {});

        assertThat(acted)
                .as("a1 counted once although the block acted on it before rolling back")
                .isEqualTo(new AlertOutcomes.Acted(0, 2, 1));
        assertThat(rollbacks).as("the block, then a2 alone").isEqualTo(2);
        assertThat(commits).as("a1 and a3 alone").hasSize(2);
        verify(followUps, times(2)).followUp(page.get(0), GrantingOnTheSpot.SYSTEM);
    }

    @Test
    void pagesFollowOnFromTheLastIdAndTheHeartbeatRunsBeforeEachPage() {
        List<AlertView> full = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            full.add(alert(String.format("a%03d", i), "AMOUNT_CHANGED"));
        }
        when(alerts.openOfRun(eq("run"), anyList(), isNull(), anyInt())).thenReturn(full);
        when(alerts.openOfRun(eq("run"), anyList(), eq("a199"), anyInt()))
                .thenReturn(List.of(alert("b1", "AMOUNT_CHANGED")));
        int[] beats = {0};

        AlertOutcomes.Acted acted = new ActingOnAlerts(alerts, granting, followUps, engine, transactions, 50)
                .actOn("run", () -> beats[0]++);

        assertThat(acted.reviews()).isEqualTo(201);
        assertThat(beats[0]).isEqualTo(2);
        assertThat(commits).hasSize(5);
    }

    @Test
    void theBlockSizeMustFitAPage() {
        assertThatThrownBy(() -> new ActingOnAlerts(alerts, granting, followUps, engine, transactions, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ActingOnAlerts(alerts, granting, followUps, engine, transactions, 201))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static AlertView alert(String id, String kind) {
        return new AlertView(
                id,
                "run",
                "key-" + id,
                "app-" + id,
                null,
                "500103001007",
                kind,
                "[]",
                "[]",
                "OPEN",
                null,
                null,
                null,
                null,
                null,
                null);
    }
}
