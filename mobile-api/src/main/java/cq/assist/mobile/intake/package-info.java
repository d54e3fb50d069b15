/** Intake endpoints: submit an application (idempotent), list and read the caller's applications. */
package cq.assist.mobile.intake;
