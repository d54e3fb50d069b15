package cq.assist.core.parameters;

/**
 * A region's code and name, as the {@code region} table (seeded from {@code 10_region.csv}) holds them.
 *
 * @param code the administrative code, e.g. {@code 500103}
 * @param name its Chinese name, e.g. 渝中区
 */
public record RegionName(String code, String name) {}
