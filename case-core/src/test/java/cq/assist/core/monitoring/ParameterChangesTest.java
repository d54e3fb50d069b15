package cq.assist.core.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cq.assist.core.parameters.NewParameterVersion;
import cq.assist.core.parameters.ParameterVersion;
import cq.assist.core.parameters.PublishingParameters;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.annotation.AnnotationTransactionAttributeSource;
import org.springframework.transaction.interceptor.TransactionInterceptor;
import org.springframework.transaction.support.SimpleTransactionStatus;

/**
 * A new parameter version and its re-screening run commit together: through Spring's transaction interceptor,
 * as the application wires the service, both happen in one transaction, and a run that cannot be recorded
 * rolls the version back (it would otherwise stay published with no re-screen).
 */
class ParameterChangesTest {

    private static final NewParameterVersion INPUT =
            new NewParameterVersion("DIBAO_STANDARD_URBAN", "500103", "820", "2027-01-01", "渝民发〔2026〕1号");
    private static final ParameterVersion VERSION = new ParameterVersion(
            "DIBAO_STANDARD_URBAN",
            "500103",
            new BigDecimal("820"),
            LocalDate.of(2027, 1, 1),
            "YUAN_MONTH",
            "渝民发〔2026〕1号",
            "admin");

    private final PublishingParameters publishing = mock(PublishingParameters.class);
    private final ScreeningRuns screening = mock(ScreeningRuns.class);
    private final PlatformTransactionManager transactions = mock(PlatformTransactionManager.class);
    private final TransactionStatus status = new SimpleTransactionStatus();

    @Test
    void theVersionAndItsRunAreStoredInOneTransaction() {
        when(transactions.getTransaction(any())).thenReturn(status);
        when(publishing.publish(INPUT, "admin")).thenReturn(VERSION);
        when(screening.startForParameter("DIBAO_STANDARD_URBAN", "500103", LocalDate.of(2027, 1, 1), "admin"))
                .thenReturn("run-1");

        ParameterChanges.Published published = proxied().publish(INPUT, "admin");

        assertThat(published.version()).isEqualTo(VERSION);
        assertThat(published.runId()).isEqualTo("run-1");
        verify(transactions, times(1)).getTransaction(any());
        verify(transactions).commit(status);
    }

    @Test
    void aRunThatCannotBeRecordedRollsTheVersionBack() {
        when(transactions.getTransaction(any())).thenReturn(status);
        when(publishing.publish(INPUT, "admin")).thenReturn(VERSION);
        when(screening.startForParameter(any(), any(), any(), any()))
                .thenThrow(new IllegalStateException("monitoring_run insert failed"));

        assertThatThrownBy(() -> proxied().publish(INPUT, "admin")).hasMessageContaining("monitoring_run");

        verify(transactions).rollback(status);
        verify(transactions, never()).commit(any());
    }

    private ParameterChanges proxied() {
        ProxyFactory factory = new ProxyFactory(new ParameterChanges(publishing, screening));
        factory.setProxyTargetClass(true);
        factory.addAdvice(new TransactionInterceptor(transactions, new AnnotationTransactionAttributeSource()));
        return (ParameterChanges) factory.getProxy();
    }
}
