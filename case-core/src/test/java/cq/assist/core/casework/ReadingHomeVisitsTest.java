package cq.assist.core.casework;

import static cq.assist.core.fixtures.CaseFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cq.assist.core.audit.AuditEntry;
import cq.assist.core.audit.AuditLog;
import cq.assist.core.common.DomainException;
import cq.assist.core.files.StoredFileService;
import cq.assist.core.files.StoredFiles.StoredFileInfo;
import cq.assist.core.fixtures.CaseFixtures;
import cq.assist.core.login.Roles;
import cq.assist.core.pii.PiiCipher;
import cq.assist.core.pii.PiiField;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** Staff read the home visits of an application in scope; a visit photo is served only if it is one of them, audited. */
class ReadingHomeVisitsTest {

    private final ReadingForStaff reading = mock(ReadingForStaff.class);
    private final HomeVisitReadMapper mapper = mock(HomeVisitReadMapper.class);
    private final PiiCipher cipher = CaseFixtures.cipher();
    private final StoredFileService files = mock(StoredFileService.class);
    private final AuditLog audit = mock(AuditLog.class);
    private final ReadingHomeVisits visits = new ReadingHomeVisits(reading, mapper, cipher, files, audit);
    private final StaffScope reviewer = new StaffScope(
            "s-1", Set.of(Roles.STREET_REVIEWER), "CIVIL_AFFAIRS@500103001", "CIVIL_AFFAIRS", "500103001");

    @BeforeEach
    void aVisitWithTwoPhotos() {
        when(mapper.selectByApplication("app-1"))
                .thenReturn(List.of(new HomeVisitReadMapper.VisitRow(
                        "case-1",
                        "DIBAO",
                        "刘社工",
                        cipher.encrypt(PiiField.VISIT_FINDINGS, "case-1", "家中无劳动力"),
                        "APPROVE",
                        "p1, p2",
                        NOW)));
    }

    @Test
    void readsTheVisitsWithTheirFindingsDecrypted() {
        assertThat(visits.visits("app-1", reviewer))
                .containsExactly(
                        new ReadingHomeVisits.Visit("DIBAO", "刘社工", "家中无劳动力", "APPROVE", List.of("p1", "p2"), NOW));
        verify(reading).inScope("app-1", reviewer);
    }

    @Test
    void aPhotoOfTheVisitIsServedAndAudited() {
        StoredFileService.FileContent content = new StoredFileService.FileContent(
                new StoredFileInfo("p2", "sha", "image/jpeg", 3, "w-1"), new byte[] {1, 2, 3});
        when(files.read("p2")).thenReturn(Optional.of(content));

        assertThat(visits.photo("app-1", "p2", reviewer, "10.0.0.1")).isSameAs(content);

        ArgumentCaptor<AuditEntry> entry = ArgumentCaptor.forClass(AuditEntry.class);
        verify(audit).record(entry.capture());
        assertThat(entry.getValue().action()).isEqualTo(ReadingHomeVisits.VIEW_HOME_VISIT_PHOTO);
        assertThat(entry.getValue().subjectId()).isEqualTo("app-1/p2");
    }

    @Test
    void anotherFileIdIsNotFoundEvenIfTheFileExists() {
        assertThatThrownBy(() -> visits.photo("app-1", "p9", reviewer, null)).isInstanceOf(DomainException.class);
        verify(files, never()).read(any());
        verify(audit, never()).record(any());
    }
}
