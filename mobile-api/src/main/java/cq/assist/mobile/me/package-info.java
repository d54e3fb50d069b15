/** The logged-in phone account: who it is and its real-name binding. */
package cq.assist.mobile.me;
