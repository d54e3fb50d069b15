/** The public notices (公示) of a community for residents: reading them without login, objecting to one. */
package cq.assist.mobile.notices;
