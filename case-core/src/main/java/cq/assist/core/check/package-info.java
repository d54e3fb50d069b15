/**
 * The economic check (家庭经济状况核对): a port per departmental data source ({@link
 * cq.assist.core.check.DataSources}), the reference-registry stand-in adapters, {@link
 * cq.assist.core.check.EconomicCheck#run} that stores one immutable, encrypted household snapshot per
 * application, and the demo-only staging of registry persons.
 */
package cq.assist.core.check;
