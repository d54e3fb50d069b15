/**
 * Intake: one application for a household with its members, the applicant's signed authorization and
 * an ID-card photo; validation, idempotent submission, the start of the application process, the
 * application's timeline and the views residents and workers read.
 */
package cq.assist.core.intake;
