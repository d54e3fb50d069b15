package cq.assist.workflow.task;

import java.util.List;

/** One page of the inbox and the number of tasks on all pages ({@code X-Total-Count}). */
public record InboxPage(List<TaskView> tasks, long total) {

    public InboxPage {
        tasks = List.copyOf(tasks);
    }
}
