/**
 * The rules: {@link cq.assist.core.rules.Assessor#assess} turns an immutable {@link
 * cq.assist.core.rules.HouseholdSnapshot} and the {@link cq.assist.core.rules.PolicyParameters} in force
 * on a date into an {@link cq.assist.core.rules.Assessment} — one decision per item of the happiness list,
 * the apply-free grants, the causes of hardship and the ranked charity matches, each with reasons in
 * Chinese. Pure functions: no Spring, no database, no I/O. Amounts and thresholds are parameter rows with
 * effective dates, never constants in code.
 */
package cq.assist.core.rules;
