/** Dynamic monitoring (动态监测): every household whose application closed is monitored from then on. */
package cq.assist.core.monitoring;
