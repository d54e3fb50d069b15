package cq.assist.core.monitoring;

import cq.assist.core.itemcase.ReasonsJson;
import cq.assist.core.monitoring.ScreeningPipeline.MonitoredRow;
import cq.assist.core.rules.Assessor;
import cq.assist.core.rules.HouseholdSnapshot;
import cq.assist.core.rules.ItemCode;
import cq.assist.core.rules.PolicyParameters;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.json.JsonMapper;

/**
 * The work on one block of households (one worker thread owns one instance): assess each with the
 * parameters on the screening date, compare with the stored result (or, before its first screening, with
 * the rules' result on the day monitoring began), then turn the changes into alerts.
 */
final class ScreeningBlock {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final MonitoredFacts facts;
    private final PolicyParameters parameters;
    private final ScreeningSpec spec;

    ScreeningBlock(MonitoredFacts facts, PolicyParameters parameters, ScreeningSpec spec) {
        this.facts = facts;
        this.parameters = parameters;
        this.spec = spec;
    }

    BlockResult screen(List<MonitoredRow> rows) {
        Map<String, String> updates = new HashMap<>();
        Map<String, byte[]> compacted = new HashMap<>();
        Map<String, Change> changes = new HashMap<>();
        int changed = 0;
        for (MonitoredRow row : rows) {
            MonitoredFacts.Opened opened = facts.open(row.householdKey(), row.applicationId(), row.factsEnc());
            HouseholdSnapshot snapshot = opened.snapshot();
            if (opened.compact() != null) {
                compacted.put(row.householdKey(), opened.compact());
            }
            ScreeningResult after = ScreeningResult.of(Assessor.assess(snapshot, parameters, spec.screenDate()));
            String text = after.text();
            boolean moved;
            if (row.lastResult() != null) {
                // the stored text is this class's own canonical text: equal strings, equal results
                moved = !row.lastResult().equals(text);
                if (moved) {
                    changes.put(row.householdKey(), new Change(row, ScreeningResult.parse(row.lastResult()), after));
                }
            } else {
                LocalDate since = LocalDate.ofInstant(row.since(), cq.assist.core.time.BusinessClock.ZONE);
                ScreeningResult before = ScreeningResult.of(Assessor.assess(snapshot, parameters, since));
                moved = !before.text().equals(text);
                if (moved) {
                    changes.put(row.householdKey(), new Change(row, before, after));
                }
            }
            if (moved) {
                changed++;
            }
            if (moved || row.lastResult() == null || spec.dueBy() != null) {
                updates.put(row.householdKey(), text);
            }
        }
        return new BlockResult(rows.size(), changed, updates, compacted, List.of(), changes);
    }

    /** The block's result with the alerts its changes raise, given the changed households' holdings. */
    BlockResult withAlerts(BlockResult result, List<HeldItem> holdings) {
        Map<String, Map<ItemCode, HeldItem>> byHousehold = new HashMap<>();
        for (HeldItem h : holdings) {
            ItemCode code;
            try {
                code = ItemCode.valueOf(h.itemCode());
            } catch (IllegalArgumentException retired) {
                continue;
            }
            byHousehold
                    .computeIfAbsent(h.householdKey(), k -> new EnumMap<>(ItemCode.class))
                    .put(code, h);
        }
        List<AlertRow> alerts = new ArrayList<>();
        for (Change change : result.needsHoldings().values()) {
            Map<ItemCode, HeldItem> held = byHousehold.getOrDefault(change.row().householdKey(), Map.of());
            for (AlertRules.Raised raised : AlertRules.alerts(change.before(), change.after(), held)) {
                alerts.add(row(change.row(), raised));
            }
        }
        return new BlockResult(
                result.households(), result.changed(), result.updates(), result.compacted(), alerts, Map.of());
    }

    private AlertRow row(MonitoredRow household, AlertRules.Raised raised) {
        return new AlertRow(
                UUID.randomUUID().toString(),
                spec.runId(),
                household.householdKey(),
                household.applicationId(),
                household.communityCode(),
                raised.kind().name(),
                JSON.writeValueAsString(raised.items()),
                ReasonsJson.write(raised.reasons()),
                "OPEN",
                spec.at());
    }

    /** A household whose rules result changed. */
    record Change(MonitoredRow row, ScreeningResult before, ScreeningResult after) {}
}
