/** The OpenAPI documents of the apps (springdoc): shared schema, security scheme and problem responses. */
package cq.assist.web.openapi;
