package cq.assist.core.region;

/**
 * One community (社区/村) of the region table: its 12-digit code, its name and the names of its street
 * (街道/镇) and district (区县); street and district are null when the seeds do not name them.
 */
public record Community(String code, String name, String street, String district) {}
