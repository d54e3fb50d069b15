/**
 * The application process ({@code processes/application.bpmn20.xml}): waits for the co-signers with a
 * reminder and a deadline, then starts the economic check. Its adapter implements case-core's
 * {@link cq.assist.core.intake.ApplicationProcessPort}; its delegates each call one case-core service.
 */
package cq.assist.workflow.application;
