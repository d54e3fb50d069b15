/** The public notices (公示) of a community, and objections of the public to them. */
package cq.assist.mobile.notices;
