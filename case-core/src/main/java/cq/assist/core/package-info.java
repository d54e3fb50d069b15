/**
 * The domain of the social-assistance system: households, applications, authorizations, the economic
 * check, the rules, grants, charity, monitoring, audit and notifications. No web, workflow or security
 * framework types live here (an ArchUnit test keeps it so).
 */
package cq.assist.core;
