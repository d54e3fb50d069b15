/**
 * 慈善+救助: the charity catalog the rules match ({@link cq.assist.core.charity.CharityCatalog}); residents'
 * requests with a separate consent ({@link cq.assist.core.charity.RequestingCharityHelp}, {@link
 * cq.assist.core.charity.ConsentTerms}); the charity's desk ({@link cq.assist.core.charity.CharityDesk}) and
 * decisions that never overspend a fund ({@link cq.assist.core.charity.DecidingCharityRequests}); charity help
 * in the household's record ({@link cq.assist.core.charity.HouseholdCharityHelp}).
 */
package cq.assist.core.charity;
