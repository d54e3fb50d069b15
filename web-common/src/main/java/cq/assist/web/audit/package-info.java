/** The web edge of the audit log: the request's client address, and the hook that audits refusals. */
package cq.assist.web.audit;
