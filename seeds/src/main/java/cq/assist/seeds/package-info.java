/** Reference and demo data, loaded idempotently at start-up by {@link cq.assist.seeds.SeedLoader}. */
package cq.assist.seeds;
