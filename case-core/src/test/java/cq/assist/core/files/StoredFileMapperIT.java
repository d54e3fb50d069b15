package cq.assist.core.files;

import static org.assertj.core.api.Assertions.assertThat;

import cq.assist.core.testdb.MariaDb;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.ibatis.session.SqlSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@link StoredFileMapper} on MariaDB: a file is stored and read back, uploads are counted per owner and day, and
 * the one rule of an unused file (no application's ID-card photo, no home visit's photo) decides both the purge of
 * old uploads and the retention job's deletion of one file.
 */
class StoredFileMapperIT {

    private static final Instant OLD = Instant.parse("2000-01-10T02:00:00Z");
    private static final Instant BEFORE = Instant.parse("2000-06-01T00:00:00Z");
    private static final Instant RECENT = Instant.parse("2000-12-01T02:00:00Z");

    private final JdbcTemplate jdbc = MariaDb.jdbc();
    private final List<String> files = new ArrayList<>();
    private final List<String> applications = new ArrayList<>();
    private SqlSession session;
    private StoredFileMapper mapper;

    @BeforeEach
    void open() {
        session = MariaDb.session(StoredFileMapper.class);
        mapper = session.getMapper(StoredFileMapper.class);
    }

    @AfterEach
    void close() {
        session.close();
        for (String id : applications) {
            jdbc.update(
                    "DELETE FROM home_visit WHERE case_id IN (SELECT id FROM item_case WHERE application_id = ?)", id);
            jdbc.update("DELETE FROM item_case WHERE application_id = ?", id);
            jdbc.update("DELETE FROM application WHERE id = ?", id);
        }
        for (String id : files) {
            jdbc.update("DELETE FROM stored_file WHERE id = ?", id);
        }
    }

    @Test
    void aStoredFileIsReadBackAndCountedForItsOwnerFromTheGivenTime() {
        String owner = "owner-" + UUID.randomUUID();
        String id = file(owner, OLD);
        file(owner, RECENT);

        StoredFiles.StoredFileInfo info = mapper.selectById(id);

        assertThat(info.fileId()).isEqualTo(id);
        assertThat(info.ownerAccountId()).isEqualTo(owner);
        assertThat(info.contentType()).isEqualTo("image/jpeg");
        assertThat(info.size()).isEqualTo(3);
        assertThat(mapper.selectContentById(id).contentEnc()).containsExactly(0xE2, 0x01, 0x02);
        assertThat(mapper.selectById("no-such-file")).isNull();
        assertThat(mapper.countSince(owner, BEFORE)).isEqualTo(1);
        assertThat(mapper.countSince(owner, OLD)).isEqualTo(2);
    }

    @Test
    void thePurgeDeletesOnlyOldUploadsThatNoApplicationAndNoVisitUses() {
        String unused = file("acc", OLD);
        String recent = file("acc", RECENT);
        String idCard = file("acc", OLD);
        String visitPhoto = file("acc", OLD);
        String prefixOfAPhoto = file("acc", OLD);
        String application = application(idCard);
        visit(application, "x-" + prefixOfAPhoto.substring(0, 8) + "," + visitPhoto + "," + prefixOfAPhoto + "9");

        int deleted = mapper.deleteUnusedBefore(BEFORE, 10_000);

        assertThat(deleted).isGreaterThanOrEqualTo(2);
        assertThat(exists(unused)).as("old and unused").isFalse();
        assertThat(exists(prefixOfAPhoto))
                .as("only a longer id in the photo list names it")
                .isFalse();
        assertThat(exists(recent)).as("uploaded after the cutoff").isTrue();
        assertThat(exists(idCard)).as("an application's ID-card photo").isTrue();
        assertThat(exists(visitPhoto))
                .as("a home visit's photo, in the middle of the list")
                .isTrue();
    }

    @Test
    void theRetentionJobsDeletionOfOneFileAppliesTheSameRuleAtAnyAge() {
        String unused = file("acc", RECENT);
        String idCard = file("acc", OLD);
        String visitPhoto = file("acc", RECENT);
        visit(application(idCard), visitPhoto);

        assertThat(mapper.deleteIfUnused(unused)).isEqualTo(1);
        assertThat(mapper.deleteIfUnused(idCard)).isZero();
        assertThat(mapper.deleteIfUnused(visitPhoto)).isZero();
        assertThat(mapper.deleteIfUnused("no-such-file")).isZero();
        assertThat(exists(unused)).isFalse();
        assertThat(exists(idCard)).isTrue();
        assertThat(exists(visitPhoto)).isTrue();
    }

    private boolean exists(String id) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM stored_file WHERE id = ?", Integer.class, id) == 1;
    }

    private String file(String owner, Instant createTime) {
        String id = UUID.randomUUID().toString();
        files.add(id);
        mapper.insert(new StoredFileRow(
                id, owner, "image/jpeg", 3, "0".repeat(64), new byte[] {(byte) 0xE2, 0x01, 0x02}, createTime));
        return id;
    }

    private String application(String idCardFileId) {
        String id = UUID.randomUUID().toString();
        applications.add(id);
        jdbc.update(
                "INSERT INTO application (id, application_no, status, filed_by, filer_account_id, applicant_name,"
                        + " applicant_id_number_enc, applicant_id_number_hash, applicant_phone_enc, applicant_phone_hash,"
                        + " community_code, address_enc, owns_home, home_area_sqm, hardship_causes_enc, narrative_enc,"
                        + " id_card_file_id, submitted_at, create_by) VALUES (?, ?, 'IN_REVIEW', 'SELF', 'acc',"
                        + " '张三', x'E211', ?, x'E212', ?, '500103001001', x'E213', FALSE, 0, x'E214', x'E215', ?, ?,"
                        + " 'it')",
                id,
                "SF" + id.substring(0, 13),
                "i" + id.substring(0, 20),
                "p" + id.substring(0, 20),
                idCardFileId,
                Timestamp.from(OLD));
        return id;
    }

    private void visit(String applicationId, String photoFileIds) {
        String caseId = UUID.randomUUID().toString();
        jdbc.update(
                "INSERT INTO item_case (id, application_id, item_code, kind, origin, department_code, region_code,"
                        + " status, household_key, create_by, create_time) VALUES (?, ?, 'DIBAO', 'APPLY',"
                        + " 'ASSESSMENT', 'CIVIL_AFFAIRS@500103', '500103001001', 'IN_REVIEW', ?, 'it', ?)",
                caseId,
                applicationId,
                "h" + applicationId.substring(0, 20),
                Timestamp.from(OLD));
        jdbc.update(
                "INSERT INTO home_visit (case_id, worker_account, findings_enc, recommendation, photo_file_ids,"
                        + " location_enc, visited_at) VALUES (?, 'w', x'E204', 'SUPPORT', ?, x'E205', ?)",
                caseId,
                photoFileIds,
                Timestamp.from(OLD));
    }
}
