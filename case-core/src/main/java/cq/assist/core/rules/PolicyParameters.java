package cq.assist.core.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * All effective-dated parameter rows. {@link #at} picks, for each key, the row with the latest
 * {@code effective_from} on or before the date, preferring the most specific region: community (12
 * digits) → street (9) → district (6) → the whole city {@code 500000}. Region codes nest by prefix.
 * Immutable and thread-safe; resolved sets are cached per (date, region).
 */
public final class PolicyParameters {

    /** The region code of the whole city. */
    public static final String CITY = "500000";

    private static final int CACHE_LIMIT = 4096;
    private static final ParamKey[] KEYS = ParamKey.values();

    private final List<ParameterRow> all;
    private final Map<String, List<ParameterRow>> byKeyAndRegion = new HashMap<>();
    private final Map<CacheKey, ParameterSet> cache = new ConcurrentHashMap<>();

    private PolicyParameters(List<ParameterRow> rows) {
        this.all = List.copyOf(rows);
        for (ParameterRow row : all) {
            byKeyAndRegion
                    .computeIfAbsent(row.key() + '@' + row.regionCode(), k -> new ArrayList<>())
                    .add(row);
        }
        for (List<ParameterRow> versions : byKeyAndRegion.values()) {
            versions.sort(Comparator.comparing(ParameterRow::effectiveFrom).reversed());
        }
    }

    /** Parameters from rows (e.g. the {@code policy_parameter} table or the seed file). */
    public static PolicyParameters of(List<ParameterRow> rows) {
        return new PolicyParameters(rows);
    }

    /** Every row, as given. */
    public List<ParameterRow> rows() {
        return all;
    }

    /** The parameters in force on {@code date} for {@code regionCode}. */
    public ParameterSet at(LocalDate date, String regionCode) {
        CacheKey key = new CacheKey(date, regionCode);
        ParameterSet cached = cache.get(key);
        if (cached != null) {
            return cached;
        }
        ParameterSet resolved = resolve(date, regionCode);
        if (cache.size() >= CACHE_LIMIT) {
            cache.clear();
        }
        cache.put(key, resolved);
        return resolved;
    }

    private ParameterSet resolve(LocalDate date, String regionCode) {
        List<String> regions = regionChain(regionCode);
        ParameterRow[] picked = new ParameterRow[KEYS.length];
        for (ParamKey key : KEYS) {
            picked[key.ordinal()] = pick(key.name(), regions, date);
        }
        return new ParameterSet(date, regionCode, picked);
    }

    private ParameterRow pick(String key, List<String> regions, LocalDate date) {
        for (String region : regions) {
            List<ParameterRow> versions = byKeyAndRegion.get(key + '@' + region);
            if (versions == null) {
                continue;
            }
            for (ParameterRow row : versions) {
                if (!row.effectiveFrom().isAfter(date)) {
                    return row;
                }
            }
        }
        return null;
    }

    /** The region itself, then its street, district and the city, most specific first. */
    static List<String> regionChain(String regionCode) {
        List<String> chain = new ArrayList<>(4);
        chain.add(regionCode);
        for (int length : new int[] {9, 6}) {
            if (regionCode.length() > length) {
                chain.add(regionCode.substring(0, length));
            }
        }
        if (!chain.contains(CITY)) {
            chain.add(CITY);
        }
        return chain;
    }

    private record CacheKey(LocalDate date, String regionCode) {}
}
