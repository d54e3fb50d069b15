-- The staff inbox at a million open tasks (issue 10): each open item case keeps the candidate group of its
-- open user task and when that step began, so a page of an inbox is an index range read in due-date (or
-- creation) order instead of a join of every task of the group followed by a sort.
ALTER TABLE item_case ADD COLUMN task_group VARCHAR(80) NULL COMMENT 'candidate group of the open user task (inbox index); NULL when no task is open';
ALTER TABLE item_case ADD COLUMN task_since DATETIME(3) NULL COMMENT 'when the open step began (business time)';
CREATE INDEX idx_item_case_inbox_due ON item_case (task_group, due_at, id);
CREATE INDEX idx_item_case_inbox_since ON item_case (task_group, task_since, id);

-- cases with an open task before this migration
UPDATE item_case
   SET task_group = (SELECT il.GROUP_ID_ FROM ACT_RU_TASK t
                       JOIN ACT_RU_IDENTITYLINK il ON il.TASK_ID_ = t.ID_ AND il.TYPE_ = 'candidate'
                      WHERE t.PROC_INST_ID_ = item_case.process_instance_id LIMIT 1),
       task_since = (SELECT MIN(t.CREATE_TIME_) FROM ACT_RU_TASK t
                      WHERE t.PROC_INST_ID_ = item_case.process_instance_id)
 WHERE status IN ('PENDING', 'IN_REVIEW') AND process_instance_id IS NOT NULL;
