-- Dynamic monitoring (issue 9): a screening run whose node died is taken over by another node.
-- The node that owns a run (the one executing it, or holding it queued) beats its heartbeat while it is alive;
-- a sweep on every node claims a RUNNING run whose heartbeat is stale with one conditional UPDATE (exactly one
-- node wins) and executes it again from what the run row records: its region, date and the plan below.
-- A run RUNNING before this migration has no owner and no heartbeat: it is stale by definition.
-- Portable between MySQL 8 / MariaDB 10.11 and H2 in MySQL mode.

ALTER TABLE monitoring_run ADD COLUMN owner VARCHAR(160) NULL COMMENT 'node executing or queueing the run (host:pid); NULL for a run recorded before V113';
ALTER TABLE monitoring_run ADD COLUMN heartbeat_at DATETIME(3) NULL COMMENT 'wall-clock time (UTC) the owner last showed it is alive; stale: another node takes the run over';
ALTER TABLE monitoring_run ADD COLUMN attempts INT NOT NULL DEFAULT 1 COMMENT 'executions started: 1, plus one per take-over';
ALTER TABLE monitoring_run ADD COLUMN due_by DATE NULL COMMENT 'scheduled run: only households whose next review is due by this date';
ALTER TABLE monitoring_run ADD COLUMN next_review_on DATE NULL COMMENT 'scheduled run: the next review date written on every household screened';
ALTER TABLE monitoring_run ADD COLUMN household_keys TEXT NULL COMMENT 'data-change run: the households screened (blind indexes, comma-separated)';
CREATE INDEX idx_monitoring_run_heartbeat ON monitoring_run (status, heartbeat_at);
