/** Protection of personal data: encryption at rest, blind indexes, record seals and masking. */
package cq.assist.core.pii;
