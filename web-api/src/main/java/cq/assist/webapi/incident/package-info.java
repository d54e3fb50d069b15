/** The dead-letter view of failed asynchronous steps, and their retry (issue 7). */
package cq.assist.webapi.incident;
