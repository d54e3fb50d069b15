/**
 * Electronic authorizations for the economic check: the letter versions, single-use co-signing tokens
 * for the other adult members, and append-only sealed records of every signature with their
 * verification.
 */
package cq.assist.core.authorization;
