/** Demo-profile-only tools for staff demos: the demo clock. */
package cq.assist.webapi.dev;
