/** Phone login for residents and community workers: SMS codes and accounts. */
package cq.assist.core.login;
