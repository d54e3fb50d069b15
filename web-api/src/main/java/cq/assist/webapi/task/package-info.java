/** Staff tasks (API.md {@code /tasks}): my open tasks, claim, complete — in the caller's scope only. */
package cq.assist.webapi.task;
