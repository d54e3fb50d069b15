/**
 * Item cases: one assistance item of one application, handled by its department (or granted at once
 * when apply-free). {@link cq.assist.core.itemcase.OpeningItemCases} opens cases — a household never
 * holds the same active item twice, which the database enforces with {@code UNIQUE(active_key,
 * item_code)}; {@link cq.assist.core.itemcase.ItemCaseSteps} records the step a process has reached
 * (candidate group and due date); {@link cq.assist.core.itemcase.DecidingItemCases} records a staff
 * decision, checked against {@link cq.assist.core.itemcase.StepPolicy}. No Flowable here: the workflow
 * module moves the processes.
 */
package cq.assist.core.itemcase;
