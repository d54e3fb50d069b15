package cq.assist.core.monitoring;

/**
 * What a finished screening run's alerts lead to beyond telling the community worker (issue 9): an apply-free
 * item newly met by a household holding its base grant is granted on the spot; a lost condition and a changed
 * amount become a review case in the department's inbox. A port: monitoring knows no workflow, the workflow
 * module implements it. Alerts are acted on in blocks, one transaction per block; when an alert of a block
 * fails, the block rolls back and its alerts are acted on one per transaction, so the one that fails stays OPEN
 * for the worker and the district and the others are acted on (nothing is lost, nothing is done twice).
 */
public interface AlertOutcomes {

    /**
     * Acts on the open alerts of a run.
     *
     * @param runId the run, finished writing its alerts
     * @param heartbeat to call between pages of alerts: keeps the run's cluster lease (throws when it was lost)
     * @return how many grants and review cases were opened
     */
    Acted actOn(String runId, Runnable heartbeat);

    /**
     * What the stage did.
     *
     * @param granted apply-free items granted on the spot
     * @param reviews alerts turned into review cases
     * @param failed alerts left open because acting on them failed
     */
    record Acted(int granted, int reviews, int failed) {

        /** Nothing done. */
        public static final Acted NONE = new Acted(0, 0, 0);
    }
}
