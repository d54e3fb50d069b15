/**
 * Charity organisations and projects: {@link cq.assist.core.charity.CharityCatalog} loads the active projects
 * for the rules' charity matching; {@link cq.assist.core.charity.CharityFunds} reads and debits project funds.
 */
package cq.assist.core.charity;
