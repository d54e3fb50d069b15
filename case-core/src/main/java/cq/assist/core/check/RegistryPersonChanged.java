package cq.assist.core.check;

/**
 * A data feed's change event: the registry's record of one person changed (in the demo, staging the person
 * is that event). Carries the blind indexes of the ID number only, never the number.
 *
 * @param idNumberHashes blind indexes (keyed hashes) of the person's ID number under every configured index-key
 *     version, the active one first (rows indexed before an index-key rotation keep their older index)
 */
public record RegistryPersonChanged(java.util.List<String> idNumberHashes) {

    public RegistryPersonChanged {
        idNumberHashes = java.util.List.copyOf(idNumberHashes);
    }
}
