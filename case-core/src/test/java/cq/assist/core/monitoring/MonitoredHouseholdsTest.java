package cq.assist.core.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cq.assist.core.common.DomainException;
import cq.assist.core.common.ProblemKind;
import cq.assist.core.fixtures.CaseFixtures;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Enrolling a household in monitoring replaces its entry (one per household); the households a re-screening of a
 * region would screen are listed a page at a time with the applicant's name masked.
 */
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

    @Test
    void listsTheHouseholdsARegionsReScreeningWouldScreenWithNamesMasked() {
        when(mapper.selectToRescreen("500103%", 20, 10))
                .thenReturn(List.of(new MonitoredHouseholdMapper.RescreenRow(
                        "H1", "A2026001", "裴文涛", CaseFixtures.COMMUNITY, CaseFixtures.NOW, LocalDate.of(2027, 5, 30))));
        when(mapper.countToRescreen("500103%")).thenReturn(21L);

        MonitoredHouseholds.RescreenPage page = households.toRescreen(" 500103 ", 2, 10);

        assertThat(page.total()).isEqualTo(21);
        assertThat(page.households()).singleElement().satisfies(h -> {
            assertThat(h.applicantName()).isEqualTo("裴**");
            assertThat(h.applicationNo()).isEqualTo("A2026001");
            assertThat(h.communityCode()).isEqualTo(CaseFixtures.COMMUNITY);
        });
        // the city: every monitored household, no prefix
        households.toRescreen("500000", 0, 20);
        verify(mapper).countToRescreen(null);
    }

    @Test
    void aBadRegionOrPageIsRefusedNamingTheField() {
        for (String bad : new String[] {null, "5001", "abc123"}) {
            assertThatThrownBy(() -> households.toRescreen(bad, 0, 20))
                    .isInstanceOfSatisfying(DomainException.class, e -> {
                        assertThat(e.kind()).isEqualTo(ProblemKind.VALIDATION);
                        assertThat(e.fieldErrors())
                                .extracting(DomainException.FieldError::field)
                                .containsExactly("regionCode");
                    });
        }
        assertThatThrownBy(() -> households.toRescreen("500103", 0, 101)).isInstanceOf(DomainException.class);
    }
}
