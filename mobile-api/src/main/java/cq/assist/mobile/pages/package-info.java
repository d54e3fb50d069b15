/**
 * The H5 app's pages: the built Vue app (frontend/, served from {@code classpath:/static}), the paths of
 * its routes answered with its index.html, the communities it lets people choose from, and the check that
 * the public address in co-signing links can be opened from a phone.
 */
package cq.assist.mobile.pages;
