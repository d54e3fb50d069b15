/** Uploaded files: type checked from the bytes, size capped, SHA-256 recorded, encrypted at rest. */
package cq.assist.core.files;
