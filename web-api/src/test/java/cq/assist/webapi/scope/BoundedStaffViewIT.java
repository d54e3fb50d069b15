package cq.assist.webapi.scope;

import static org.assertj.core.api.Assertions.assertThat;

import cq.assist.core.pii.PiiCipher;
import cq.assist.web.security.TokenService;
import cq.assist.web.test.HttpApi;
import cq.assist.webapi.pii.ApplicationRows;
import cq.assist.webapi.task.StaffTokens;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Issue 8, "the view a task opens is one read model built with a bounded number of queries (today about 30 per
 * application and up to 1,000 per inbox)": the statements one staff view of an application sends to the database
 * (ours and the engine's, counted at the JDBC connection) do not grow with the household or the items in play,
 * and stay few. The count is taken on the request's own thread, so background jobs do not blur it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(BoundedStaffViewIT.StatementCounting.class)
class BoundedStaffViewIT {

    /** At most this many statements for one staff view of an application, whatever its size (today: 6-12). */
    static final int MOST = 20;

    private static final String QIXINGGANG = "500103001001";
    private static final String HEADER = "X-It-Count-Statements";
    private static final Map<String, Integer> COUNTS = new ConcurrentHashMap<>();
    private static final ThreadLocal<AtomicInteger> COUNTING = new ThreadLocal<>();

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PiiCipher cipher;

    @Autowired
    TokenService tokenService;

    @Test
    void aStaffViewTakesAFewStatementsWhateverTheSizeOfTheHousehold() throws Exception {
        ApplicationRows rows = new ApplicationRows(jdbc, cipher);
        ApplicationRows.Filed small = rows.inCommunity(QIXINGGANG);
        rows.caseAt(small, QIXINGGANG, "DIBAO", "CIVIL_AFFAIRS", "STREET_REVIEW", "IN_REVIEW", "[\"小户\"]");
        ApplicationRows.Filed large = rows.inCommunity(QIXINGGANG);
        rows.moreMembers(large, 6);
        String dibao =
                rows.caseAt(large, QIXINGGANG, "DIBAO", "CIVIL_AFFAIRS", "STREET_REVIEW", "IN_REVIEW", "[\"大户\"]");
        rows.passed(dibao, "HOME_VISIT", "APPROVE");
        for (String item : new String[] {"TEKUN", "TEMP_AID", "MEDICAL_AID", "EDUCATION_AID", "EMPLOYMENT_AID"}) {
            String id = rows.caseAt(large, QIXINGGANG, item, "CIVIL_AFFAIRS", "STREET_REVIEW", "IN_REVIEW", "[\"大户\"]");
            rows.passed(id, "HOME_VISIT", "APPROVE");
        }
        HttpApi street = new HttpApi(port).as(new StaffTokens(tokenService).streetReviewer("500103001"));

        // the first views fill the node's caches of reference data (the item catalog, per item code)
        int first = statementsOf(street, large.applicationId());
        statementsOf(street, small.applicationId());
        int smallView = statementsOf(street, small.applicationId());
        int largeView = statementsOf(street, large.applicationId());

        LoggerFactory.getLogger(BoundedStaffViewIT.class)
                .info(
                        "Statements of one staff view: {} (first, caches cold), {} (2 members, 1 item), {} (8 members,"
                                + " 6 items)",
                        first,
                        smallView,
                        largeView);
        assertThat(smallView).isPositive().isLessThanOrEqualTo(MOST);
        assertThat(largeView)
                .as("a household of 8 with 6 items in play costs what one of 2 with one item does")
                .isEqualTo(smallView);
    }

    private int statementsOf(HttpApi api, String applicationId) throws InterruptedException {
        String key = UUID.randomUUID().toString();
        HttpApi.Answer view = api.send("GET", "/api/v1/applications/" + applicationId, null, Map.of(HEADER, key));
        assertThat(view.status()).as(view.toString()).isEqualTo(200);
        for (int i = 0; i < 200 && !COUNTS.containsKey(key); i++) {
            Thread.sleep(10); // the filter records the count as the request ends, just after the answer
        }
        assertThat(COUNTS).containsKey(key);
        return COUNTS.remove(key);
    }

    /** Counts the statements a connection prepares on a thread serving a request that carries the header. */
    @TestConfiguration
    static class StatementCounting {

        @Bean
        static BeanPostProcessor countingDataSource() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    return bean instanceof DataSource ds && !(bean instanceof CountingDataSource)
                            ? new CountingDataSource(ds)
                            : bean;
                }
            };
        }

        @Bean
        FilterRegistrationBean<Filter> statementCountingFilter() {
            Filter filter = (request, response, chain) -> {
                String key = ((HttpServletRequest) request).getHeader(HEADER);
                if (key == null) {
                    chain.doFilter(request, response);
                    return;
                }
                AtomicInteger count = new AtomicInteger();
                COUNTING.set(count);
                try {
                    chain.doFilter(request, response);
                } finally {
                    COUNTING.remove();
                    COUNTS.put(key, count.get());
                }
            };
            FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(filter);
            registration.setOrder(Integer.MIN_VALUE);
            return registration;
        }
    }

    /** A data source whose connections count {@code prepareStatement}, {@code prepareCall} and {@code createStatement}. */
    static final class CountingDataSource extends DelegatingDataSource {

        CountingDataSource(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            return counting(super.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return counting(super.getConnection(username, password));
        }

        private static Connection counting(Connection target) {
            return (Connection) Proxy.newProxyInstance(
                    BoundedStaffViewIT.class.getClassLoader(),
                    new Class<?>[] {Connection.class},
                    (proxy, method, args) -> {
                        String name = method.getName();
                        AtomicInteger count = COUNTING.get();
                        if (count != null
                                && (name.equals("prepareStatement")
                                        || name.equals("prepareCall")
                                        || name.equals("createStatement"))) {
                            count.incrementAndGet();
                        }
                        try {
                            return method.invoke(target, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }
    }
}
