package cq.assist.core.region;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The communities people can choose from when they apply or read public notices. */
@Service
public class Communities {

    private final CommunityMapper mapper;

    Communities(CommunityMapper mapper) {
        this.mapper = mapper;
    }

    /** Every community, in code order; an empty list before the seeds have run. */
    @Transactional(readOnly = true)
    public List<Community> all() {
        return mapper.selectAll();
    }
}
