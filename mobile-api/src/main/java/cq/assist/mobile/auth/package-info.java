/** Phone login: SMS codes and access tokens for residents and community workers. */
package cq.assist.mobile.auth;
