/** Reference data the console shows: the item catalog. */
package cq.assist.webapi.catalog;
