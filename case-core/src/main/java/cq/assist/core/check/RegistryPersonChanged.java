package cq.assist.core.check;

/**
 * A data feed's change event: the registry's record of one person changed (in the demo, staging the person
 * is that event). Carries the blind index of the ID number only, never the number.
 *
 * @param idNumberHash blind index (keyed hash) of the person's ID number
 */
public record RegistryPersonChanged(String idNumberHash) {}
