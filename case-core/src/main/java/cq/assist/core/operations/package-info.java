/**
 * Figures for operators (metrics): grouped counts over the feature tables, with no personal data. Read
 * only; the web layer turns them into Micrometer gauges.
 */
package cq.assist.core.operations;
