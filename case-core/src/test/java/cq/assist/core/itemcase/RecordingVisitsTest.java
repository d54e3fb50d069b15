package cq.assist.core.itemcase;

import static cq.assist.core.fixtures.CaseFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cq.assist.core.common.DomainException;
import cq.assist.core.common.ProblemKind;
import cq.assist.core.files.StoredFiles;
import cq.assist.core.files.StoredFiles.StoredFileInfo;
import cq.assist.core.fixtures.CaseFixtures;
import cq.assist.core.login.Roles;
import cq.assist.core.pii.PiiCipher;
import cq.assist.core.pii.PiiField;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** The community worker's home visit: findings encrypted, photos its own, only at the HOME_VISIT step. */
class RecordingVisitsTest {

    private static final Staff WORKER = new Staff("w-1", Set.of(Roles.COMMUNITY_WORKER));

    private final ItemCaseMapper cases = mock(ItemCaseMapper.class);
    private final PiiCipher cipher = CaseFixtures.cipher();
    private final StoredFiles files = mock(StoredFiles.class);
    private final RecordingVisits visits = new RecordingVisits(cases, cipher, CaseFixtures.clock(), files);

    private final HomeVisit visit = new HomeVisit(
            "家中无劳动力，长期卧床", "APPROVE", List.of("p1", "p2"), new BigDecimal("29.56"), new BigDecimal("106.57"));

    @BeforeEach
    void aCaseAtTheHomeVisit() {
        when(cases.selectByIdForUpdate("case-1"))
                .thenReturn(CaseFixtures.itemCase("case-1", "app-1", "DIBAO", "IN_REVIEW", "HOME_VISIT"));
        when(files.findOwned(any(), any()))
                .thenAnswer(call -> Optional.of(
                        new StoredFileInfo(call.getArgument(0), "sha", "image/jpeg", 10, call.getArgument(1))));
    }

    @Test
    void recordsTheVisitWithItsFindingsEncryptedAndTheRecommendationAsAnEvent() {
        visits.record("case-1", visit, WORKER);

        ArgumentCaptor<HomeVisitRow> row = ArgumentCaptor.forClass(HomeVisitRow.class);
        verify(cases).insertHomeVisit(row.capture());
        assertThat(row.getValue().photoFileIds()).isEqualTo("p1,p2");
        assertThat(row.getValue().visitedAt()).isEqualTo(NOW);
        assertThat(new String(row.getValue().findingsEnc(), java.nio.charset.StandardCharsets.ISO_8859_1))
                .doesNotContain("卧床");
        assertThat(cipher.decrypt(
                        PiiField.VISIT_FINDINGS, "case-1", row.getValue().findingsEnc()))
                .isEqualTo("家中无劳动力，长期卧床");
        assertThat(new String(row.getValue().locationEnc(), java.nio.charset.StandardCharsets.ISO_8859_1))
                .doesNotContain("29.56")
                .doesNotContain("106.57");
        assertThat(cipher.decrypt(
                        PiiField.VISIT_LOCATION, "case-1", row.getValue().locationEnc()))
                .isEqualTo("29.56,106.57");
        verify(cases).insertEvent(new CaseEventRow("case-1", "HOME_VISIT", "APPROVE", null, null, "w-1", NOW));
    }

    @Test
    void aVisitWithoutALocationStoresNoneAndAHalfLocationKeepsItsHalf() {
        assertThat(RecordingVisits.location(new HomeVisit("f", "APPROVE", List.of(), null, null)))
                .isNull();
        assertThat(RecordingVisits.location(new HomeVisit("f", "APPROVE", List.of(), new BigDecimal("29.5"), null)))
                .isEqualTo("29.5,");
    }

    @Test
    void aPhotoOfAnotherAccountIsRefusedByItsPlace() {
        when(files.findOwned("p2", "w-1")).thenReturn(Optional.empty());

        assertThatThrownBy(() -> visits.record("case-1", visit, WORKER))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.fieldErrors())
                        .extracting(DomainException.FieldError::field)
                        .containsExactly("photoFileIds[1]"));
        verify(cases, never()).insertHomeVisit(any());
    }

    @Test
    void aPdfAsAVisitPhotoIsRefusedByItsPlace() {
        when(files.findOwned("p1", "w-1"))
                .thenReturn(Optional.of(new StoredFileInfo("p1", "sha", "application/pdf", 10, "w-1")));

        assertThatThrownBy(() -> visits.record("case-1", visit, WORKER))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ProblemKind.VALIDATION);
                    assertThat(e.fieldErrors())
                            .extracting(DomainException.FieldError::field)
                            .containsExactly("photoFileIds[0]");
                });
        verify(cases, never()).insertHomeVisit(any());
    }

    @Test
    void aCaseBeyondTheVisitIsAConflictAndAReviewerMayNotVisit() {
        when(cases.selectByIdForUpdate("case-1"))
                .thenReturn(CaseFixtures.itemCase("case-1", "app-1", "DIBAO", "IN_REVIEW", "STREET_REVIEW"));
        assertThatThrownBy(() -> visits.record("case-1", visit, WORKER))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.kind()).isEqualTo(ProblemKind.CONFLICT));

        Staff reviewer = new Staff("r-1", Set.of(Roles.STREET_REVIEWER));
        assertThatThrownBy(() -> visits.record("case-1", visit, reviewer))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.kind()).isEqualTo(ProblemKind.FORBIDDEN));
        assertThatThrownBy(() -> visits.record("nope", visit, WORKER))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.kind()).isEqualTo(ProblemKind.NOT_FOUND));
        verify(cases, never()).insertHomeVisit(any());
    }
}
