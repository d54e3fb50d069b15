package cq.assist.core.parameters;

/**
 * Which parameter versions to list.
 *
 * @param key parameter name, or null for every key
 * @param regionCode region code, or null for every region
 */
public record ParameterQuery(String key, String regionCode) {}
