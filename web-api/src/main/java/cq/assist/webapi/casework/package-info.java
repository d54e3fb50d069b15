/** Staff side of an application: the masked staff view, objections during the notice, the dashboard. */
package cq.assist.webapi.casework;
