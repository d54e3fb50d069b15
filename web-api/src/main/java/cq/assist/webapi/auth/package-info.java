/** Staff login of web-api: password + TOTP in, a signed access token out. */
package cq.assist.webapi.auth;
