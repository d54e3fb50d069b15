/**
 * Charity requests (慈善+救助): residents ask a matched project for help with a separate consent ({@link
 * cq.assist.core.charityrequest.RequestingCharityHelp}, {@link cq.assist.core.charityrequest.ConsentTerms});
 * the charity's desk ({@link cq.assist.core.charityrequest.CharityDesk}) and decisions that never overspend a
 * fund ({@link cq.assist.core.charityrequest.DecidingCharityRequests}); charity help in the household's record
 * ({@link cq.assist.core.charityrequest.HouseholdCharityHelp}). Above {@code fanout} (it reads the matches)
 * and {@code charity} (the projects and their funds).
 */
package cq.assist.core.charityrequest;
