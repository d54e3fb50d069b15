-- Issue 8 / security review M6 (等保 2.0 level 3, GB/T 22239-2019 8.1.4.3): the audit log records every
-- security-relevant event with who, when (UTC wall clock), from where, what and the outcome, sealed under
-- an audit key of its own (seal_version 2). Entries written before this migration keep seal_version 1
-- (the record key, the business clock) and are verified as they were sealed. One column per statement
-- (H2's MySQL mode takes no list of ADD COLUMN clauses).
ALTER TABLE audit_log ADD COLUMN outcome VARCHAR(16) NULL COMMENT 'SUCCESS, FAILURE or DENIED (NULL in seal version 1 entries)';
ALTER TABLE audit_log ADD COLUMN client_addr VARCHAR(64) NULL COMMENT 'client address as resolved through the trusted proxies (staff intranet)';
ALTER TABLE audit_log ADD COLUMN seal_version TINYINT NOT NULL DEFAULT 1 COMMENT '1: record key, business clock; 2: audit key, UTC wall clock, outcome and address sealed';
CREATE INDEX idx_audit_log_action ON audit_log (action_code, occurred_at);
CREATE INDEX idx_audit_log_time ON audit_log (occurred_at);

-- Alerts of the chain verifier: a broken link found on schedule or on demand (kept; acknowledged by hand).
CREATE TABLE audit_alert (
  id              BIGINT       NOT NULL AUTO_INCREMENT COMMENT 'surrogate key',
  raised_at       DATETIME(3)  NOT NULL COMMENT 'when the verifier found the break (UTC wall clock)',
  trigger_kind    VARCHAR(16)  NOT NULL COMMENT 'SCHEDULE or ON_DEMAND',
  problem         VARCHAR(32)  NOT NULL COMMENT 'ENTRY_ALTERED, PREVIOUS_ENTRY_MISSING or TAIL_MISSING',
  broken_seq      BIGINT       NULL     COMMENT 'seq of the first broken entry',
  checked_entries BIGINT       NOT NULL COMMENT 'entries found intact before the break',
  PRIMARY KEY (id),
  KEY idx_audit_alert_time (raised_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='broken links of the audit chain found by the verifier';
