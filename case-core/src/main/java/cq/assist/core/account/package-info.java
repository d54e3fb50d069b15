/**
 * Staff accounts of web-api (street reviewers, district approvers, department reviewers, charities,
 * administrators) and their login: BCrypt password, then a TOTP second factor (RFC 6238), with
 * replay protection per time step and a lockout after repeated failures.
 */
package cq.assist.core.account;
