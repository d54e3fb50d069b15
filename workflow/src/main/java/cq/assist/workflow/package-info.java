/**
 * The workflow: BPMN processes in {@code processes/*.bpmn20.xml}, thin delegates that call case-core,
 * and the task facade the apps use. Decisions that belong to the rules are never made here.
 */
package cq.assist.workflow;
