/** RFC 9457 problem details for every error a client can see. */
package cq.assist.web.problem;
