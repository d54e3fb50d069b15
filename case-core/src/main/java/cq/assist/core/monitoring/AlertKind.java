package cq.assist.core.monitoring;

/** What a monitoring alert tells the community worker and the district. */
public enum AlertKind {
    /** The household now meets an item's conditions that it does not hold. */
    NEWLY_ELIGIBLE,
    /** The household no longer meets the conditions of an item it holds: a review, never a silent stop. */
    NO_LONGER_ELIGIBLE,
    /** The rules' amount of an item the household holds changed. */
    AMOUNT_CHANGED,
    /** The household's data changed (a data feed's change event). */
    DATA_CHANGED
}
