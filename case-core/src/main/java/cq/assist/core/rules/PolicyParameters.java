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
    private final Map<String, String> regionNames;
    private final Map<String, List<ParameterRow>> byKeyAndRegion = new HashMap<>();
    private final Map<CacheKey, ParameterSet> cache = new ConcurrentHashMap<>();

    private PolicyParameters(List<ParameterRow> rows, Map<String, String> regionNames) {
        this.all = List.copyOf(rows);
        this.regionNames = Map.copyOf(regionNames);
        for (ParameterRow row : all) {
            byKeyAndRegion
                    .computeIfAbsent(row.key() + '@' + row.regionCode(), k -> new ArrayList<>())
                    .add(row);
        }
        for (List<ParameterRow> versions : byKeyAndRegion.values()) {
            versions.sort(Comparator.comparing(ParameterRow::effectiveFrom).reversed());
        }
    }

    /**
     * Parameters from rows (e.g. the {@code policy_parameter} table or the seed file), with no region
     * names: reasons then name a region by its code.
     */
    public static PolicyParameters of(List<ParameterRow> rows) {
        return new PolicyParameters(rows, Map.of());
    }

    /**
     * Parameters from rows, with the names of the regions (the {@code region} table or its seed file) that
     * reasons use when they name where a standard applies.
     *
     * @param rows the parameter rows; must not be null
     * @param regionNames region code to its Chinese name, e.g. {@code 500103 → 渝中区}; must not be null
     */
    public static PolicyParameters of(List<ParameterRow> rows, Map<String, String> regionNames) {
        return new PolicyParameters(rows, regionNames);
    }

    /** The name of a region as reasons print it: its stored name, or "区域 <code>" when none is known. */
    public String regionName(String code) {
        String name = regionNames.get(code);
        return name != null ? name : RuleWords.zh("region.unnamed", code);
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
        return new ParameterSet(date, regionCode, picked, this);
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
