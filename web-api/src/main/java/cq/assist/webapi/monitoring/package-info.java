/** Staff: monitoring runs, alerts in scope and their follow-up reviews. */
package cq.assist.webapi.monitoring;
