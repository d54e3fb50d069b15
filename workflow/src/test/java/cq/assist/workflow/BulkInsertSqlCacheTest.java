package cq.assist.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.ibatis.builder.xml.XMLMapperBuilder;
import org.apache.ibatis.mapping.BoundSql;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.mapping.ParameterMapping;
import org.apache.ibatis.reflection.MetaObject;
import org.apache.ibatis.reflection.ParamNameResolver;
import org.apache.ibatis.session.Configuration;
import org.junit.jupiter.api.Test;

/** The cached bulk-insert SQL binds exactly what MyBatis's own rendering binds, row by row. */
class BulkInsertSqlCacheTest {

    /** A row as Flowable's entities are: a bean with properties. */
    public static final class Row {
        private final String id;
        private final String name;

        Row(String id, String name) {
            this.id = id;
            this.name = name;
        }

        public String getId() {
            return id;
        }

        public String getName() {
            return name;
        }
    }

    private static Configuration configuration() throws Exception {
        Configuration c = new Configuration();
        Properties variables = new Properties();
        variables.setProperty("prefix", "ACT_");
        c.setVariables(variables);
        try (InputStream xml = BulkInsertSqlCacheTest.class.getResourceAsStream("bulk-sql-cache-test.xml")) {
            new XMLMapperBuilder(xml, c, "bulk-sql-cache-test.xml", c.getSqlFragments()).parse();
        }
        return c;
    }

    /** The statement parameter as DefaultSqlSession passes a list: {collection, list}. */
    private static Object parameter(List<Row> rows) {
        return ParamNameResolver.wrapToMapIfCollection(rows, null);
    }

    private static List<Row> rows(String prefix, int n) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            rows.add(new Row(prefix + "-id-" + i, prefix + "-name-" + i));
        }
        return rows;
    }

    /** What a JDBC statement would receive: the value of each parameter in order. */
    private static List<Object> values(Configuration c, BoundSql bound) {
        List<Object> out = new ArrayList<>();
        for (ParameterMapping m : bound.getParameterMappings()) {
            String property = m.getProperty();
            out.add(
                    bound.hasAdditionalParameter(property)
                            ? bound.getAdditionalParameter(property)
                            : MetaObject.forObject(
                                            bound.getParameterObject(),
                                            c.getObjectFactory(),
                                            c.getObjectWrapperFactory(),
                                            c.getReflectorFactory())
                                    .getValue(property));
        }
        return out;
    }

    @Test
    void cachedShapeBindsEachCallsOwnRows() throws Exception {
        Configuration plain = configuration();
        Configuration cached = configuration();
        assertThat(BulkInsertSqlCache.install(cached)).isEqualTo(1); // bulkInsertRow, not the conditional one
        MappedStatement p = plain.getMappedStatement("test.bulk.bulkInsertRow");
        MappedStatement c = cached.getMappedStatement("test.bulk.bulkInsertRow");
        assertThat(c.getSqlSource()).isInstanceOf(BulkInsertSqlCache.Cached.class);
        assertThat(cached.getMappedStatement("test.bulk.bulkInsertConditional").getSqlSource())
                .isNotInstanceOf(BulkInsertSqlCache.Cached.class);
        for (String call : List.of("a", "b", "c")) { // a builds the shape, b and c reuse it
            for (int n : List.of(1, 3)) {
                List<Row> rows = rows(call + n, n);
                BoundSql expected = p.getBoundSql(parameter(rows));
                BoundSql actual = c.getBoundSql(parameter(rows));
                assertThat(actual.getSql()).isEqualTo(expected.getSql()).contains("ACT_T");
                List<Object> values = values(cached, actual);
                assertThat(values).isEqualTo(values(plain, expected));
                assertThat(values).contains(call + n + "-id-" + (n - 1), call + n + "-name-0", n - 1);
            }
        }
    }
}
