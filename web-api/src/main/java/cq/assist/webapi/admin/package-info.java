/** Administrators: effective-dated policy parameters and the working-day calendar. */
package cq.assist.webapi.admin;
