/**
 * 慈善+救助 for residents: matched projects with their remaining funds and consent terms, requests with a
 * separate consent, following them, withdrawing a consent.
 */
package cq.assist.mobile.charity;
