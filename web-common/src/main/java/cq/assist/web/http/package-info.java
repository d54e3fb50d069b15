/** HTTP edge guards both apps share: the request-body cap (413 before parsing), stored files answered as sandboxed attachments. */
package cq.assist.web.http;
