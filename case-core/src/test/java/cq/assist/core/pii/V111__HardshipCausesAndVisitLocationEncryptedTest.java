package cq.assist.core.pii;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cq.assist.core.fixtures.CaseFixtures;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * V111 on a database with rows written before it (H2 in MySQL mode, the demo's database; MariaDB runs it at
 * every IT start): the clear causes and GPS positions are carried over encrypted and bound to their rows, then
 * the clear columns are dropped; a second run changes nothing.
 */
class V111__HardshipCausesAndVisitLocationEncryptedTest {

    private final PiiCipher cipher = CaseFixtures.cipher();
    private final V111__HardshipCausesAndVisitLocationEncrypted migration =
            new V111__HardshipCausesAndVisitLocationEncrypted(cipher);
    private Connection connection;

    @BeforeEach
    void aDatabaseAsV110LeftIt() throws SQLException {
        connection = DriverManager.getConnection(
                "jdbc:h2:mem:v111-" + UUID.randomUUID() + ";MODE=MySQL;DB_CLOSE_DELAY=-1", "sa", "");
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE TABLE application (id CHAR(36) NOT NULL, hardship_causes VARCHAR(255) NOT NULL"
                    + " COMMENT 'comma-separated causes', PRIMARY KEY (id))");
            s.execute("CREATE TABLE home_visit (id BIGINT NOT NULL AUTO_INCREMENT, case_id CHAR(36) NOT NULL,"
                    + " latitude DECIMAL(9,6) NULL, longitude DECIMAL(9,6) NULL, PRIMARY KEY (id))");
        }
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
    }

    @Test
    void existingValuesAreCarriedOverEncryptedAndTheClearColumnsGo() throws SQLException {
        Map<String, String> causes = new LinkedHashMap<>();
        for (int i = 0; i < 1_203; i++) { // more than two pages
            causes.put(UUID.randomUUID().toString(), i % 2 == 0 ? "ILLNESS,DISABILITY" : "UNEMPLOYMENT");
        }
        try (Statement s = connection.createStatement()) {
            for (Map.Entry<String, String> e : causes.entrySet()) {
                s.execute("INSERT INTO application VALUES ('" + e.getKey() + "', '" + e.getValue() + "')");
            }
            s.execute("INSERT INTO home_visit (case_id, latitude, longitude) VALUES ('case-1', 29.556, 106.568)");
            s.execute("INSERT INTO home_visit (case_id, latitude, longitude) VALUES ('case-2', NULL, NULL)");
            s.execute("INSERT INTO home_visit (case_id, latitude, longitude) VALUES ('case-3', -29.5, NULL)");
        }

        migration.migrate(connection);

        assertThat(columns("application")).contains("HARDSHIP_CAUSES_ENC").doesNotContain("HARDSHIP_CAUSES");
        assertThat(columns("home_visit")).contains("LOCATION_ENC").doesNotContain("LATITUDE", "LONGITUDE");
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("SELECT id, hardship_causes_enc FROM application")) {
            int read = 0;
            while (rs.next()) {
                byte[] stored = rs.getBytes(2);
                assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("ILLNESS");
                assertThat(cipher.decrypt(PiiField.APPLICATION_HARDSHIP_CAUSES, rs.getString(1), stored))
                        .isEqualTo(causes.get(rs.getString(1)));
                read++;
            }
            assertThat(read).isEqualTo(causes.size());
        }
        assertThat(location("case-1")).isEqualTo("29.556000,106.568000");
        assertThat(location("case-2")).isNull();
        assertThat(location("case-3")).isEqualTo("-29.500000,");
        assertThatThrownBy(() -> cipher.decrypt(PiiField.VISIT_LOCATION, "case-3", rawLocation("case-1")))
                .as("bound to its row")
                .isInstanceOf(IllegalStateException.class);

        migration.migrate(connection);
        assertThat(location("case-1")).as("a second run changes nothing").isEqualTo("29.556000,106.568000");
    }

    private String location(String caseId) throws SQLException {
        return cipher.decrypt(PiiField.VISIT_LOCATION, caseId, rawLocation(caseId));
    }

    private byte[] rawLocation(String caseId) throws SQLException {
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("SELECT location_enc FROM home_visit WHERE case_id = '" + caseId + "'")) {
            rs.next();
            return rs.getBytes(1);
        }
    }

    private java.util.List<String> columns(String table) throws SQLException {
        java.util.List<String> names = new java.util.ArrayList<>();
        try (ResultSet rs = connection.getMetaData().getColumns(null, null, table.toUpperCase(), null)) {
            while (rs.next()) {
                names.add(rs.getString("COLUMN_NAME").toUpperCase());
            }
        }
        return names;
    }
}
