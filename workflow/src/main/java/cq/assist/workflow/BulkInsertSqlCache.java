package cq.assist.workflow;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.ibatis.mapping.BoundSql;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.mapping.ParameterMapping;
import org.apache.ibatis.mapping.SqlSource;
import org.apache.ibatis.scripting.xmltags.DynamicSqlSource;
import org.apache.ibatis.scripting.xmltags.ForEachSqlNode;
import org.apache.ibatis.scripting.xmltags.MixedSqlNode;
import org.apache.ibatis.scripting.xmltags.StaticTextSqlNode;
import org.apache.ibatis.session.Configuration;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Builds the SQL text of each of Flowable's multi-row INSERTs ({@code bulkInsert*} statements) once per
 * shape instead of on every flush. MyBatis renders a {@code <foreach>} statement anew for every call: it
 * rewrites and parses every {@code #{...}} of every row; under intake load that was about a third of
 * mobile-api's CPU (JFR, BENCHMARKS.md "Intake and fan-out under load"). The text and parameter mappings
 * depend only on the number of rows and their classes when the statement has nothing but fixed text and
 * {@code <foreach>} (checked for each statement; any other statement is left alone), so they are kept per
 * (row count, row classes) and only the row objects are bound on each call, under the same names MyBatis
 * gives them. On by default; {@code assist.flowable.bulk-sql-cache=false} turns it off.
 */
@Component
class BulkInsertSqlCache implements SmartInitializingSingleton {

    private static final Logger LOG = LoggerFactory.getLogger(BulkInsertSqlCache.class);

    private final ProcessEngine engine;
    private final boolean enabled;

    BulkInsertSqlCache(ProcessEngine engine, @Value("${assist.flowable.bulk-sql-cache:true}") boolean enabled) {
        this.engine = engine;
        this.enabled = enabled;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (!enabled) {
            return;
        }
        Configuration mybatis = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                .getSqlSessionFactory()
                .getConfiguration();
        LOG.info("Flowable bulk inserts with cached SQL: {}", install(mybatis));
    }

    /** Wraps every eligible {@code bulkInsert*} statement of {@code mybatis}; returns how many. */
    static int install(Configuration mybatis) {
        Set<MappedStatement> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        int wrapped = 0;
        for (Object o : new ArrayList<Object>(mybatis.getMappedStatements())) {
            if (!(o instanceof MappedStatement ms) || !seen.add(ms)) {
                continue; // the map holds ambiguity markers and each statement under two names
            }
            String name = ms.getId().substring(ms.getId().lastIndexOf('.') + 1);
            if (name.startsWith("bulkInsert")
                    && ms.getSqlSource() instanceof DynamicSqlSource dynamic
                    && onlyTextAndForEach(field(dynamic, "rootSqlNode"))) {
                setField(ms, "sqlSource", new Cached(mybatis, dynamic));
                wrapped++;
            }
        }
        return wrapped;
    }

    /** True when the tree has only fixed text, sequences and {@code <foreach>} (no if, choose, ${...}). */
    static boolean onlyTextAndForEach(Object node) {
        if (node instanceof StaticTextSqlNode) {
            return true;
        }
        if (node instanceof MixedSqlNode mixed) {
            List<?> contents = field(mixed, "contents");
            return contents.stream().allMatch(BulkInsertSqlCache::onlyTextAndForEach);
        }
        if (node instanceof ForEachSqlNode each) {
            return onlyTextAndForEach(field(each, "contents"));
        }
        return false;
    }

    /**
     * The statement's SQL built once per (row count, row classes): where a binding of the first build was
     * a row (or the parameter), the row of the same index (or the parameter) of each later call is bound
     * under that name; any other binding (the database id, a row index) is the same for the same shape.
     */
    static final class Cached implements SqlSource {
        private final Configuration configuration;
        private final DynamicSqlSource delegate;
        private final Map<List<Object>, Shape> shapes = new ConcurrentHashMap<>();

        Cached(Configuration configuration, DynamicSqlSource delegate) {
            this.configuration = configuration;
            this.delegate = delegate;
        }

        @Override
        public BoundSql getBoundSql(Object parameter) {
            List<?> rows = rows(parameter);
            if (rows == null) {
                return delegate.getBoundSql(parameter);
            }
            List<Object> key = new ArrayList<>(rows.size() + 1);
            key.add(rows.size());
            for (Object row : rows) {
                key.add(row == null ? null : row.getClass());
            }
            Shape shape = shapes.get(key);
            if (shape == null) {
                BoundSql first = delegate.getBoundSql(parameter);
                Shape built = Shape.of(first, parameter, rows);
                if (built != null && shapes.size() < 1000) {
                    shapes.put(key, built);
                }
                return first;
            }
            BoundSql bound = new BoundSql(configuration, shape.sql, shape.mappings, parameter);
            shape.bindings.forEach((name, source) -> bound.setAdditionalParameter(name, source.value(parameter, rows)));
            return bound;
        }

        /** The rows of a {@code List} parameter (MyBatis passes it as {@code list}/{@code collection}). */
        private static List<?> rows(Object parameter) {
            if (parameter instanceof List<?> list) {
                return list;
            }
            if (parameter instanceof Map<?, ?> map
                    && map.containsKey("list")
                    && map.get("list") instanceof List<?> list) {
                return list;
            }
            return null;
        }
    }

    /** Where each binding's value comes from. */
    private interface Source {
        Object value(Object parameter, List<?> rows);
    }

    private record Shape(String sql, List<ParameterMapping> mappings, Map<String, Source> bindings) {

        /** Null when a binding cannot be traced to the parameter, a row or a constant of the shape. */
        static Shape of(BoundSql bound, Object parameter, List<?> rows) {
            Map<Object, Integer> index = new IdentityHashMap<>();
            for (int i = 0; i < rows.size(); i++) {
                if (index.put(rows.get(i), i) != null) {
                    return null; // the same row twice: which index a binding means is ambiguous
                }
            }
            Map<String, Source> bindings = new java.util.LinkedHashMap<>();
            for (Map.Entry<String, Object> e : additional(bound).entrySet()) {
                Object v = e.getValue();
                Integer i = v == null ? null : index.get(v);
                if (v == parameter) {
                    bindings.put(e.getKey(), (p, r) -> p);
                } else if (i != null) {
                    int at = i;
                    bindings.put(e.getKey(), (p, r) -> r.get(at));
                } else if (v == null || v instanceof String || v instanceof Integer) {
                    bindings.put(e.getKey(), (p, r) -> v); // _databaseId, an index variable
                } else {
                    return null;
                }
            }
            return new Shape(bound.getSql(), List.copyOf(bound.getParameterMappings()), bindings);
        }
    }

    private static Map<String, Object> additional(BoundSql bound) {
        return field(bound, "additionalParameters");
    }

    @SuppressWarnings("unchecked")
    private static <T> T field(Object target, String name) {
        try {
            Field f = target.getClass().getDeclaredField(name);
            f.setAccessible(true);
            return (T) f.get(target);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(
                    "MyBatis changed: " + target.getClass().getName() + "." + name, e);
        }
    }

    private static void setField(Object target, String name, Object value) {
        try {
            Field f = target.getClass().getDeclaredField(name);
            f.setAccessible(true);
            f.set(target, value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(
                    "MyBatis changed: " + target.getClass().getName() + "." + name, e);
        }
    }
}
