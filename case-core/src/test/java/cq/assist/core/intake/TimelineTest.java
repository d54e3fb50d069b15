package cq.assist.core.intake;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import cq.assist.core.fixtures.CaseFixtures;
import org.junit.jupiter.api.Test;

/** A timeline event is stored at business time with the actor's kind and masked name. */
class TimelineTest {

    @Test
    void recordsTheEventAtBusinessTime() {
        ApplicationMapper mapper = mock(ApplicationMapper.class);

        new Timeline(mapper, CaseFixtures.clock()).record("app-1", "CO_SIGNED", Timeline.Actor.MEMBER, "王*");

        verify(mapper).insertEvent(new EventRow("app-1", CaseFixtures.NOW, "CO_SIGNED", "MEMBER", "王*"));
    }
}
