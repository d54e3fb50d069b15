/**
 * Effective-dated policy parameters: {@link cq.assist.core.parameters.PolicyParameterCatalog} loads the
 * {@code policy_parameter} rows into the rules' {@link cq.assist.core.rules.PolicyParameters}, cached.
 */
package cq.assist.core.parameters;
