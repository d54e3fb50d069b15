package cq.assist.core.parameters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The parameters in force: read once and kept until a new version drops them; {@code fresh()} always reads. */
class PolicyParameterCatalogTest {

    private final PolicyParameterMapper mapper = mock(PolicyParameterMapper.class);
    private final PolicyParameterCatalog catalog = new PolicyParameterCatalog(mapper);

    @Test
    void keepsTheParametersUntilDroppedAndReadsRegionNamesFromTheTable() {
        when(mapper.selectAll()).thenReturn(List.of());
        when(mapper.selectRegionNames()).thenReturn(List.of(new RegionName("500103", "渝中区")));

        assertThat(catalog.current()).isSameAs(catalog.current());
        verify(mapper, times(1)).selectAll();

        catalog.drop();
        catalog.current();
        catalog.fresh();
        verify(mapper, times(3)).selectAll();
        verify(mapper, times(3)).selectRegionNames();
        assertThat(catalog.referenceName()).isEqualTo(cq.assist.core.reference.ReferenceVersions.PARAMETERS);
    }
}
