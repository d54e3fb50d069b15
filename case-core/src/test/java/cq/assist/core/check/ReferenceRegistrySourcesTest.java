package cq.assist.core.check;

import static cq.assist.core.fixtures.CaseFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import cq.assist.core.fixtures.CaseFixtures;
import cq.assist.core.pii.PiiCipher;
import cq.assist.core.rules.Fact;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The reference registry stands in for every department's source: a person's row found by the ID number's blind
 * index, each fact from its column, seen now; an empty column or an unknown person is "not found" at that source.
 */
class ReferenceRegistrySourcesTest {

    private static final String ID = "500103198501010012";

    private final RegistryPersonMapper registry = mock(RegistryPersonMapper.class);
    private final PiiCipher cipher = CaseFixtures.cipher();
    private final ReferenceRegistrySources sources =
            new ReferenceRegistrySources(registry, cipher, CaseFixtures.clock());

    @Test
    void eachFactComesFromItsColumnAtItsSource() {
        when(registry.selectByIdHash(anyString())).thenReturn(Optional.empty());
        when(registry.selectByIdHash(cipher.blindIndex(ID)))
                .thenReturn(Optional.of(new RegistryPersonRow(
                        cipher.blindIndex(ID),
                        null,
                        "张三",
                        new BigDecimal("1800.00"),
                        null,
                        null,
                        new BigDecimal("20000"),
                        null,
                        1,
                        new BigDecimal("45.5"),
                        0,
                        0,
                        2,
                        new BigDecimal("3200"),
                        false,
                        false)));

        assertThat(sources.monthlyWage(ID)).isEqualTo(Fact.found(new BigDecimal("1800.00"), DataSources.TAX, NOW));
        assertThat(sources.deposits(ID)).isEqualTo(Fact.found(new BigDecimal("20000"), DataSources.BANK, NOW));
        assertThat(sources.person(ID).value()).isEqualTo(new DataSources.RegisteredPerson("张三", false));
        assertThat(sources.person(ID).source()).isEqualTo(DataSources.POPULATION);
        assertThat(sources.disabilityGrade(ID).value()).isEqualTo(2);
        assertThat(sources.homes(ID).value()).isEqualTo(1);
        assertThat(sources.onPublicPayroll(ID).value()).isFalse();
        assertThat(sources.monthlyPension(ID).found()).as("empty column").isFalse();
        assertThat(sources.monthlyWage("500103199001010011")).isEqualTo(Fact.notFound(DataSources.TAX));
    }
}
