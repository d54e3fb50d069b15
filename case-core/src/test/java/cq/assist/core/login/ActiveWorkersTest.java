package cq.assist.core.login;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.Test;

/** A community worker serves the community its enabled account is assigned to now, and no other. */
class ActiveWorkersTest {

    private final CommunityWorkerMapper mapper = mock(CommunityWorkerMapper.class);
    private final ActiveWorkers workers =
            new ActiveWorkers(mapper, mock(MobileAccountMapper.class), cq.assist.core.fixtures.CaseFixtures.cipher());

    @Test
    void anEnabledWorkerServesItsCommunityOnly() {
        when(mapper.selectEnabledByAccountId(7L)).thenReturn(new CommunityWorkerMapper.WorkerRow(7L, "500103001001"));

        assertThat(workers.communityOf("7")).contains("500103001001");
        assertThat(workers.serves("7", "500103001001")).isTrue();
        assertThat(workers.serves("7", "500103001002")).isFalse();
        assertThat(workers.serves("7", null)).isFalse();
    }

    @Test
    void aDisabledOrMalformedAccountServesNowhere() {
        assertThat(workers.communityOf("8")).isEmpty();
        assertThat(workers.communityOf("not-a-number")).isEmpty();
        assertThat(workers.communityOf(null)).isEmpty();
        assertThat(workers.serves("not-a-number", "500103001001")).isFalse();
    }
}
