/** Households and their members: ID numbers, relations, ages. */
package cq.assist.core.household;
