package cq.assist.core.parameters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cq.assist.core.audit.AuditEntry;
import cq.assist.core.audit.AuditRecorder;
import cq.assist.core.common.DomainException;
import cq.assist.core.common.ProblemKind;
import cq.assist.core.fixtures.CaseFixtures;
import cq.assist.core.reference.ReferenceVersions;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.dao.DuplicateKeyException;

/** A new parameter version: checked field by field, never over an existing one, audited, caches dropped. */
class PublishingParametersTest {

    private final PolicyParameterMapper mapper = mock(PolicyParameterMapper.class);
    private final ReferenceVersions versions = mock(ReferenceVersions.class);
    private final AuditRecorder audit = mock(AuditRecorder.class);
    private final PublishingParameters publishing =
            new PublishingParameters(mapper, versions, CaseFixtures.clock(), audit);

    @BeforeEach
    void aKnownKeyAndRegion() {
        when(mapper.selectUnit("dibao.standard")).thenReturn("YUAN_MONTH");
        when(mapper.countRegion("500103")).thenReturn(1);
    }

    @Test
    void publishesTheVersionDropsTheCachesAndAuditsIt() {
        ParameterVersion version = publishing.publish(
                new NewParameterVersion("dibao.standard", "500103", " 850.00 ", "2027-01-01", " 渝民发〔2026〕1号 "),
                "admin");

        assertThat(version)
                .isEqualTo(new ParameterVersion(
                        "dibao.standard",
                        "500103",
                        new BigDecimal("850.00"),
                        LocalDate.of(2027, 1, 1),
                        "YUAN_MONTH",
                        "渝民发〔2026〕1号",
                        "admin"));
        verify(mapper).insert(version);
        verify(versions).changed(ReferenceVersions.PARAMETERS);
        ArgumentCaptor<AuditEntry> entry = ArgumentCaptor.forClass(AuditEntry.class);
        verify(audit).record(entry.capture());
        assertThat(entry.getValue().subjectId()).isEqualTo("dibao.standard@500103@2027-01-01");
    }

    @Test
    void namesEveryBadField() {
        assertThatThrownBy(() ->
                        publishing.publish(new NewParameterVersion("nope", "999999", "-1", "2026-01-01", " "), "admin"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.fieldErrors())
                        .extracting(DomainException.FieldError::field)
                        .containsExactly("key", "regionCode", "value", "effectiveFrom", "source"));
        assertThatThrownBy(() -> publishing.publish(
                        new NewParameterVersion("dibao.standard", "500103", "850.001", "tomorrow", "x"), "admin"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.fieldErrors())
                        .extracting(DomainException.FieldError::field)
                        .containsExactly("value", "effectiveFrom"));
        verify(mapper, never()).insert(any());
    }

    @Test
    void aSecondVersionForTheSameKeyRegionAndDayIsAConflict() {
        doThrow(new DuplicateKeyException("uk")).when(mapper).insert(any());

        assertThatThrownBy(() -> publishing.publish(
                        new NewParameterVersion("dibao.standard", "500103", "850", "2027-01-01", "文件"), "admin"))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.kind()).isEqualTo(ProblemKind.CONFLICT));
        verify(versions, never()).changed(any());
    }
}
