/**
 * The engine clock follows the business clock ({@link cq.assist.workflow.clock.BusinessEngineClock});
 * the demo clock ({@link cq.assist.workflow.clock.DemoClock}) moves both and fires what fell due.
 */
package cq.assist.workflow.clock;
