package cq.assist.core.itemcase;

/** Where an item case stands (API.md item status). */
public enum ItemCaseStatus {
    PENDING,
    IN_REVIEW,
    PUBLIC_NOTICE,
    GRANTED,
    REJECTED,
    NOT_ELIGIBLE;

    /** True while a department still has to decide. */
    public boolean open() {
        return this == PENDING || this == IN_REVIEW || this == PUBLIC_NOTICE;
    }

    /** True when the case keeps the household's active key (open or granted). */
    public boolean holdsActiveKey() {
        return open() || this == GRANTED;
    }
}
