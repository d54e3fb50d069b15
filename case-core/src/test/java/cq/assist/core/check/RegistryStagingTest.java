package cq.assist.core.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cq.assist.core.common.DomainException;
import cq.assist.core.fixtures.CaseFixtures;
import cq.assist.core.pii.PiiCipher;
import cq.assist.core.pii.PiiField;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;

/**
 * Staging a person in the reference registry (the departments' data stand-in): created or replaced by the ID
 * number's blind index, ID number and phone encrypted, a change event for monitoring; bad values named.
 */
class RegistryStagingTest {

    private final RegistryPersonMapper registry = mock(RegistryPersonMapper.class);
    private final PiiCipher cipher = CaseFixtures.cipher();
    private final ApplicationEventPublisher events = mock(ApplicationEventPublisher.class);
    private final RegistryStaging staging = new RegistryStaging(registry, cipher, CaseFixtures.clock(), events);
    private final String id = TestIdNumbers.adult();

    private StagedPerson person(String phone, BigDecimal wage, Integer grade) {
        return new StagedPerson(
                id, " 张三 ", wage, null, null, null, null, 0, null, 0, 0, grade, null, false, false, phone);
    }

    @Test
    void createsThePersonEncryptedAndTellsMonitoring() {
        assertThat(staging.stage(person("138 0000 1111", new BigDecimal("1800"), 2)))
                .isEqualTo(RegistryStaging.Outcome.CREATED);

        String hash = cipher.blindIndex(id);
        ArgumentCaptor<RegistryPersonRow> row = ArgumentCaptor.forClass(RegistryPersonRow.class);
        verify(registry).insert(row.capture());
        assertThat(row.getValue().idNumberHash()).isEqualTo(hash);
        assertThat(row.getValue().name()).isEqualTo("张三");
        assertThat(cipher.decrypt(
                        PiiField.REGISTRY_ID_NUMBER, hash, row.getValue().idNumberEnc()))
                .isEqualTo(id);
        verify(registry).updatePhone(eq(hash), any(), eq(cipher.blindIndex("13800001111")));
        verify(events).publishEvent(new RegistryPersonChanged(java.util.List.of(hash)));
    }

    @Test
    void anExistingPersonIsReplaced() {
        when(registry.insert(any())).thenThrow(new DuplicateKeyException("pk"));

        assertThat(staging.stage(person(null, null, null))).isEqualTo(RegistryStaging.Outcome.UPDATED);

        verify(registry).updateByIdHash(any());
        verify(registry, never()).updatePhone(anyString(), any(), anyString());
    }

    @Test
    void badValuesAreNamed() {
        StagedPerson bad = new StagedPerson(
                "123",
                " ",
                new BigDecimal("-1"),
                null,
                null,
                null,
                null,
                -1,
                null,
                0,
                0,
                5,
                null,
                false,
                false,
                "12345");

        assertThatThrownBy(() -> staging.stage(bad))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.fieldErrors())
                        .extracting(DomainException.FieldError::field)
                        .containsExactly("idNumber", "name", "monthlyWage", "homes", "phone", "disabilityGrade"));
        verify(registry, never()).insert(any());
    }
}
