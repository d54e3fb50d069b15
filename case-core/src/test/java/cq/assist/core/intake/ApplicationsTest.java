package cq.assist.core.intake;

import static cq.assist.core.fixtures.CaseFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import cq.assist.core.fixtures.CaseFixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The application read model other features use instead of intake's mapper (issue 13: mappers stay inside). */
class ApplicationsTest {

    private final ApplicationMapper mapper = mock(ApplicationMapper.class);
    private final Applications applications = new Applications(mapper);

    @Test
    void readsLocksAndChangesTheApplicationThroughIntakesMapper() {
        ApplicationRow row = CaseFixtures.application("app-1", "YJ1");
        StatusChange change = new StatusChange("app-1", "IN_REVIEW", "CLOSED", "DECIDED", NOW, "system");
        when(mapper.selectById("app-1")).thenReturn(row);
        when(mapper.selectStatusForUpdate("app-1")).thenReturn("IN_REVIEW");
        when(mapper.updateStatus(change)).thenReturn(1);
        when(mapper.selectMembers("app-1")).thenReturn(List.of());

        assertThat(applications.find("app-1")).isSameAs(row);
        assertThat(applications.lockStatus("app-1")).isEqualTo("IN_REVIEW");
        assertThat(applications.changeStatus(change)).isEqualTo(1);
        assertThat(applications.members("app-1")).isEmpty();
        assertThat(applications.find("gone")).isNull();
    }
}
