/** 救助+保险 for residents: the claims of an application and the consent to file one. */
package cq.assist.mobile.insurance;
