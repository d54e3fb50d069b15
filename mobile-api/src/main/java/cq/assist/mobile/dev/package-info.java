/** Demo-profile-only helpers: the SMS outbox that stands in for the operator's gateway. */
package cq.assist.mobile.dev;
