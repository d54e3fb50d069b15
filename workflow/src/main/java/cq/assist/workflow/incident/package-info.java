/** Dead-lettered jobs become case incidents; administrators retry them (issue 7). */
package cq.assist.workflow.incident;
