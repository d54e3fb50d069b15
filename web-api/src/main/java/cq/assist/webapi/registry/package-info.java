/**
 * Demo profile only: staging a person's facts in the reference registry that stands in for the
 * departments' data feeds ({@code PUT /api/v1/dev/registry/persons/{idNumber}}, administrators only).
 */
package cq.assist.webapi.registry;
