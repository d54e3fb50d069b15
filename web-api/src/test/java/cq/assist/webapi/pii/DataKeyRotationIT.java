package cq.assist.webapi.pii;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cq.assist.core.pii.PiiCipher;
import cq.assist.core.pii.PiiProperties;
import cq.assist.web.security.TokenService;
import cq.assist.web.test.HttpApi;
import cq.assist.webapi.task.StaffTokens;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Issue 7 / review M10, the re-encryption step of a key rotation: with data key 9 (SM4) active, values
 * written under version 0 are moved to version 9 by {@code POST /api/v1/admin/data-keys/rotation} and read
 * back unchanged; a second call has nothing left to move for them; other staff get 403.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "assist.pii.active-data-key=9")
class DataKeyRotationIT {

    @LocalServerPort
    int port;

    @Autowired
    TokenService tokenService;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PiiCipher cipher;

    @Autowired
    PiiProperties properties;

    @Autowired
    cq.assist.core.pii.DataKeyRotation rotation;

    @Test
    void valuesUnderAnOlderKeyMoveToTheActiveKeyAndReadBackUnchanged() {
        PiiCipher underZero = new PiiCipher(
                new PiiProperties(properties.key(), properties.indexKey(), properties.recordKey(), Map.of(), 0));
        byte[] content = "not really a photo, but bytes".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        String fileId = UUID.randomUUID().toString();
        jdbc.update(
                "INSERT INTO stored_file (id, owner_account_id, content_type, size_bytes, sha256, content_enc, create_time)"
                        + " VALUES (?, 'it-rotation', 'application/pdf', ?, ?, ?, ?)",
                fileId,
                content.length,
                PiiCipher.sha256Hex(content),
                underZero.encryptBytes(content),
                LocalDateTime.now());
        assertThat(stored(fileId)[1]).isEqualTo((byte) 0);
        HttpApi admin = new HttpApi(port).as(new StaffTokens(tokenService).admin());

        HttpApi.Answer first = admin.post("/api/v1/admin/data-keys/rotation", Map.of());

        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        JsonNode files = column(first.json(), "stored_file", "content_enc");
        assertThat(files.get("reencrypted").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(files.get("remaining").asLong()).isZero();
        byte[] after = stored(fileId);
        assertThat(after[0]).as("rewritten bound to its row and column").isEqualTo((byte) 0xE2);
        assertThat(after[1]).isEqualTo((byte) 9);
        assertThat(cipher.decryptBytes(cq.assist.core.pii.PiiField.FILE_CONTENT, fileId, after))
                .isEqualTo(content);
        assertThatThrownBy(() -> cipher.decryptBytes(
                        cq.assist.core.pii.PiiField.FILE_CONTENT,
                        UUID.randomUUID().toString(),
                        after))
                .as("the migrated value does not open in another row")
                .isInstanceOf(IllegalStateException.class);
        HttpApi.Answer second = admin.post("/api/v1/admin/data-keys/rotation", Map.of());
        assertThat(column(second.json(), "stored_file", "content_enc")
                        .get("reencrypted")
                        .asInt())
                .isZero();
        assertThat(stored(fileId)).isEqualTo(after);
        assertThat(first.json().toString()).doesNotContain("authorization_record");
    }

    @Test
    void everyEncryptedColumnOfTheSchemaIsBoundToItsRows() {
        assertThat(rotation.unknownColumns())
                .as("every *_enc column has a PiiField (table, column, category, row key)")
                .isEmpty();
    }

    @Test
    void otherStaffAreRefused() {
        HttpApi approver = new HttpApi(port).as(new StaffTokens(tokenService).districtApprover("500103"));

        assertThat(approver.post("/api/v1/admin/data-keys/rotation", Map.of()).status())
                .isEqualTo(403);
    }

    private byte[] stored(String fileId) {
        return jdbc.queryForObject("SELECT content_enc FROM stored_file WHERE id = ?", byte[].class, fileId);
    }

    private static JsonNode column(JsonNode results, String table, String column) {
        for (JsonNode result : results) {
            if (table.equals(result.get("table").asString())
                    && column.equals(result.get("column").asString())) {
                return result;
            }
        }
        throw new AssertionError("no result for " + table + "." + column + " in " + results);
    }
}
