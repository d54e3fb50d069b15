package cq.assist.core.reference;

/** A node-local cache of reference data that {@link ReferenceVersions} drops when the data changed. */
public interface ReferenceCache {

    /** The counter that guards this cache: {@link ReferenceVersions#PARAMETERS} or {@link ReferenceVersions#CALENDAR}. */
    String referenceName();

    /** Drops (or reloads) the cached data; the next read sees the database. */
    void drop();
}
