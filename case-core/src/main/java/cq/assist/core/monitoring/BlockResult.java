package cq.assist.core.monitoring;

import java.util.List;
import java.util.Map;

/**
 * What the workers found in one block of households.
 *
 * @param households households screened
 * @param changed households whose rules result changed
 * @param updates households whose stored result is written: key → result text
 * @param alerts alerts to insert
 * @param needsHoldings households whose result changed, whose holdings decide the alerts (key → change)
 */
record BlockResult(
        int households,
        int changed,
        Map<String, String> updates,
        List<AlertRow> alerts,
        Map<String, ScreeningBlock.Change> needsHoldings) {

    /** End of a worker's output. */
    static final BlockResult END = new BlockResult(0, 0, Map.of(), List.of(), Map.of());
}
