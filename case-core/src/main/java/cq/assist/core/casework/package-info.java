/**
 * What department staff read and do about a whole application: its staff view (masked, in scope only),
 * objections during the public notice, and the statistics of the dashboard.
 */
package cq.assist.core.casework;
