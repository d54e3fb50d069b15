/**
 * The item processes ({@code processes/itemCase.bpmn20.xml}, {@code processes/dibaoCase.bpmn20.xml}):
 * one per item case, started as a call activity of the application process or, for a joint item pushed
 * after a grant, on its own. Listeners and delegates are thin and call case-core's item-case and
 * fan-out services; {@link cq.assist.workflow.item.ItemProcesses} starts them and delivers objections.
 */
package cq.assist.workflow.item;
