/**
 * The staff, charity and administrator console (Vue 3, Element Plus, ECharts; sources in {@code
 * web-api/console}) served at {@code /}: its routes answered with the single page, its assets cached.
 */
package cq.assist.webapi.console;
