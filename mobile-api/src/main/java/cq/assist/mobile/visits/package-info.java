/** A community worker's home visits (API.md {@code /worker/visits}). */
package cq.assist.mobile.visits;
