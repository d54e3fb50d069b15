package cq.assist.core.parameters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cq.assist.core.rules.ParameterRow;
import cq.assist.core.testdb.MariaDb;
import java.math.BigDecimal;
import java.sql.SQLIntegrityConstraintViolationException;
import java.time.LocalDate;
import java.util.Map;
import org.apache.ibatis.session.SqlSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** {@link PolicyParameterMapper} on MariaDB: versions, region names, and the unique version key. */
class PolicyParameterMapperIT {

    private static final String DISTRICT = "599901";
    private static final String KEY = "IT_PARAMETER";
    private static final LocalDate FROM = LocalDate.of(2099, 1, 1);

    private final JdbcTemplate jdbc = MariaDb.jdbc();
    private SqlSession session;
    private PolicyParameterMapper mapper;

    @BeforeEach
    void open() {
        jdbc.update(
                "INSERT INTO region (code, name, region_level, parent_code) VALUES (?, ?, 'DISTRICT', NULL)",
                DISTRICT,
                "测试区");
        session = MariaDb.session(PolicyParameterMapper.class);
        mapper = session.getMapper(PolicyParameterMapper.class);
    }

    @AfterEach
    void close() {
        session.close();
        jdbc.update("DELETE FROM policy_parameter WHERE region_code = ?", DISTRICT);
        jdbc.update("DELETE FROM region WHERE code = ?", DISTRICT);
    }

    @Test
    void readsRegionNamesAsStoredInChinese() {
        assertThat(mapper.selectRegionNames()).contains(new RegionName(DISTRICT, "测试区"));
        assertThat(mapper.countRegion(DISTRICT)).isEqualTo(1);
        assertThat(mapper.countRegion("599999")).isZero();
    }

    @Test
    void insertsAVersionThatTheSelectsReadBack() {
        mapper.insert(new ParameterVersion(KEY, DISTRICT, new BigDecimal("812.5"), FROM, "YUAN_MONTH", "IT", "admin"));

        Map<String, Object> row = jdbc.queryForMap(
                "SELECT param_value, unit, note, create_by FROM policy_parameter WHERE param_key = ? AND region_code = ?",
                KEY,
                DISTRICT);
        assertThat((BigDecimal) row.get("param_value")).isEqualByComparingTo("812.5");
        assertThat(row)
                .containsEntry("unit", "YUAN_MONTH")
                .containsEntry("note", "IT")
                .containsEntry("create_by", "admin");
        assertThat(mapper.selectAll())
                .filteredOn(r -> r.key().equals(KEY))
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.ref())
                            .isEqualTo(new ParameterRow(KEY, DISTRICT, FROM, BigDecimal.ONE, "X", null).ref());
                    assertThat(r.value()).isEqualByComparingTo("812.5");
                    assertThat(r.note()).isEqualTo("IT");
                });
        assertThat(mapper.selectVersions(new ParameterQuery(KEY, DISTRICT)))
                .singleElement()
                .extracting(ParameterVersion::createdBy)
                .isEqualTo("admin");
        assertThat(mapper.selectUnit(KEY)).isEqualTo("YUAN_MONTH");
    }

    @Test
    void theSameKeyRegionAndDateTwiceIsADuplicate() {
        ParameterVersion version = new ParameterVersion(KEY, DISTRICT, BigDecimal.ONE, FROM, "COUNT", null, "admin");
        mapper.insert(version);

        assertThatThrownBy(() -> mapper.insert(version))
                .hasRootCauseInstanceOf(SQLIntegrityConstraintViolationException.class);
    }
}
