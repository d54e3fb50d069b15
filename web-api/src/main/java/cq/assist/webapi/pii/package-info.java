/** Staff views of full personal data with a stated purpose, each one audited. */
package cq.assist.webapi.pii;
