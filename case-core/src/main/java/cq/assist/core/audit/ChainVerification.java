package cq.assist.core.audit;

/**
 * The result of {@link AuditLog#verifyChain()}: OK, or the first entry where the chain breaks.
 *
 * @param ok true when every entry and the head match
 * @param checkedEntries how many entries were checked
 * @param brokenSeq seq of the first broken entry (for a removed newest entry: the head's seq); null when OK
 * @param brokenId id of that entry; null when OK or when the entry is missing
 * @param problem what is wrong; null when OK
 */
public record ChainVerification(boolean ok, long checkedEntries, Long brokenSeq, Long brokenId, Problem problem) {

    /** Ways the chain can break. */
    public enum Problem {
        /** The entry's fields no longer match its hash: it was edited. */
        ENTRY_ALTERED,
        /** The entry does not follow the one before it: an entry before it was removed or replaced. */
        PREVIOUS_ENTRY_MISSING,
        /** The newest entries do not reach the chain head: entries at the end were removed. */
        TAIL_MISSING
    }

    static ChainVerification intact(long checked) {
        return new ChainVerification(true, checked, null, null, null);
    }

    static ChainVerification broken(long checked, long seq, Long id, Problem problem) {
        return new ChainVerification(false, checked, seq, id, problem);
    }
}
