package cq.assist.core.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The communities come from the seeded table (issue 13: names to the seeds), as the mapper reads them. */
class CommunitiesTest {

    @Test
    void listsTheSeededCommunities() {
        CommunityMapper mapper = mock(CommunityMapper.class);
        Community qixinggang = new Community("500103001001", "七星岗社区", "七星岗街道", "渝中区");
        when(mapper.selectAll()).thenReturn(List.of(qixinggang));

        assertThat(new Communities(mapper).all()).containsExactly(qixinggang);
    }
}
