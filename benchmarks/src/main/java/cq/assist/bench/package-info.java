/** Bulk harnesses run by hand (not by the test suite); results go to {@code BENCHMARKS.md}. */
package cq.assist.bench;
