/** HTTP edge guards both apps share: the request-body cap (413 before parsing). */
package cq.assist.web.http;
