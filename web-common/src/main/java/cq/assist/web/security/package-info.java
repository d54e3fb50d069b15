/** Token issue and verification, the calling account, and Security's problem-document answers. */
package cq.assist.web.security;
