/** The audit log's endpoints for the console, and the auditing of refused requests. */
package cq.assist.webapi.audit;
