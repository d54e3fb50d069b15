/**
 * What operators see of a running node: request ids in the logs and async jobs, the {@code flowable}
 * health contributor of the readiness group, and the system's metrics (Prometheus on the management port).
 */
package cq.assist.web.ops;
