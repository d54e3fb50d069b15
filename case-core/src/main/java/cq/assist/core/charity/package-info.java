/**
 * Charity organisations and projects: {@link cq.assist.core.charity.CharityCatalog} loads the active
 * projects for the rules' charity matching.
 */
package cq.assist.core.charity;
