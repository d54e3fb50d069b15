package cq.assist.core.itemcase;

/** One {@code assistance_item} catalog row, as the cases need it. */
public record ItemRow(String code, String nameZh, String departmentKind, String kind, Boolean paysCash) {}
