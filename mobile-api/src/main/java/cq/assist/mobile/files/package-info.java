/** File uploads (ID-card and visit photos, PDFs) and their download by the owner. */
package cq.assist.mobile.files;
