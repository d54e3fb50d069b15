/**
 * Texts the system stored in Chinese (reference names, messages and reasons written from the bundles) read
 * back in English for a reader who asked for it. Depends on the bundles only; nothing in case-core depends
 * on it.
 */
package cq.assist.core.i18n;
