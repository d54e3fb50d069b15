package cq.assist.core.parameters;

import cq.assist.core.reference.ReferenceCache;
import cq.assist.core.reference.ReferenceVersions;
import cq.assist.core.rules.PolicyParameters;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.stereotype.Service;

/**
 * The policy parameters as the rules read them. All rows are loaded once and cached (parameters change
 * rarely, and a change is a new row with its own effective date); whoever writes a row calls
 * {@link #evict()} so the next read sees it. Pick the values in force with
 * {@code current().at(date, regionCode)}. Region names (the {@code region} table) come with them, since
 * reasons name the region a standard applies to.
 */
@Service
public class PolicyParameterCatalog implements ReferenceCache {

    private final PolicyParameterMapper mapper;
    private final AtomicReference<PolicyParameters> cached = new AtomicReference<>();

    public PolicyParameterCatalog(PolicyParameterMapper mapper) {
        this.mapper = mapper;
    }

    /** Every parameter row, from the cache or loaded now. */
    public PolicyParameters current() {
        PolicyParameters parameters = cached.get();
        if (parameters == null) {
            parameters = load();
            cached.compareAndSet(null, parameters);
        }
        return parameters;
    }

    /** Every parameter row as the database holds it now, bypassing (and not filling) the cache. */
    public PolicyParameters fresh() {
        return load();
    }

    private PolicyParameters load() {
        Map<String, String> names = new HashMap<>();
        for (RegionName region : mapper.selectRegionNames()) {
            names.put(region.code(), region.name());
        }
        return PolicyParameters.of(mapper.selectAll(), names);
    }

    /** Drops the cache after a parameter row was added or changed. */
    public void evict() {
        cached.set(null);
    }

    @Override
    public String referenceName() {
        return ReferenceVersions.PARAMETERS;
    }

    @Override
    public void drop() {
        evict();
    }
}
