/** Remote co-signing by household members through a single-use link or QR code (no login). */
package cq.assist.mobile.authorization;
