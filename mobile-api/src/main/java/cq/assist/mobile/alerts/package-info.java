/** Community workers: the monitoring alerts of their community, and resolving one. */
package cq.assist.mobile.alerts;
