/**
 * The 7-day public notices (公示) now running in a community, as the public reads them: the item, the
 * household's masked name, its size, the amount and the notice period. Objections go through
 * {@code cq.assist.core.casework.ObjectingToNotice#objectAsPublic} (the workflow reopens the case).
 */
package cq.assist.core.publicnotice;
