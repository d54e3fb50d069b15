package cq.assist.workflow;

import org.flowable.spring.SpringProcessEngineConfiguration;
import org.flowable.spring.boot.EngineConfigurationConfigurer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How the process engine writes its rows: {@code assist.flowable.bulk-insert} (default
 * {@value #DEFAULT_BULK_INSERT}) turns Flowable's multi-row INSERTs on or off, and
 * {@code assist.flowable.bulk-insert-max} (default 100, Flowable's own) caps the rows of one. A bulk insert
 * is one round trip per table, but MyBatis builds its SQL text anew on every flush (a {@code foreach}
 * over the rows, every {@code #{...}} parsed again): under intake load that took about half of
 * mobile-api's CPU (JFR, BENCHMARKS.md "Intake and fan-out under load"), while a one-row INSERT has static
 * SQL that MyBatis and the driver parse once. Turning bulk inserts off saved only about 6 % of that CPU (three
 * times the INSERT round trips instead); {@link BulkInsertSqlCache} keeps them and builds their SQL once.
 */
@Component
class EngineWriteSettings implements EngineConfigurationConfigurer<SpringProcessEngineConfiguration> {

    static final String DEFAULT_BULK_INSERT = "true";

    private final boolean bulkInsert;
    private final int bulkInsertMax;

    EngineWriteSettings(
            @Value("${assist.flowable.bulk-insert:" + DEFAULT_BULK_INSERT + "}") boolean bulkInsert,
            @Value("${assist.flowable.bulk-insert-max:100}") int bulkInsertMax) {
        this.bulkInsert = bulkInsert;
        this.bulkInsertMax = bulkInsertMax;
    }

    @Override
    public void configure(SpringProcessEngineConfiguration configuration) {
        configuration.setBulkInsertEnabled(bulkInsert);
        configuration.setMaxNrOfStatementsInBulkInsert(bulkInsertMax);
    }
}
