/** The caller's own account ({@code /me}) and account administration ({@code /admin/accounts}). */
package cq.assist.webapi.account;
