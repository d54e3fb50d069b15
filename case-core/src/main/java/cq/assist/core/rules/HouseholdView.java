package cq.assist.core.rules;

/** Figures computed once per assessment from the snapshot and the parameters. */
final class HouseholdView {}
