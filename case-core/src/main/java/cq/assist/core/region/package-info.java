/** Regions as reference data: the communities residents apply in, with their street and district. */
package cq.assist.core.region;
