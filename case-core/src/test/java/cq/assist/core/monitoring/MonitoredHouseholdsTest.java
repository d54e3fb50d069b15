package cq.assist.core.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cq.assist.core.fixtures.CaseFixtures;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Enrolling a household in monitoring replaces its entry (one per household). */
class MonitoredHouseholdsTest {

    private final MonitoredHouseholdMapper mapper = mock(MonitoredHouseholdMapper.class);
    private final MonitoredHouseholds households = new MonitoredHouseholds(mapper);

    @Test
    void enrolsByUpsertAndFindsByHousehold() {
        MonitoredHouseholdRow row = new MonitoredHouseholdRow(
                "H1", "app-1", CaseFixtures.COMMUNITY, CaseFixtures.NOW, LocalDate.of(2027, 5, 30));
        when(mapper.selectByHousehold("H1")).thenReturn(row);

        households.enrol(row);

        verify(mapper).upsert(row);
        assertThat(households.find("H1")).isEqualTo(row);
        assertThat(households.find("H2")).isNull();
    }
}
