-- Issue 8 / security review L1 (R-15, no enumeration): a username that names no enabled account fails and
-- locks exactly like an existing one (401 four times, then 423 for 15 minutes), so the 423 no longer tells an
-- attacker that an account exists. This table holds the failure count of names that match no account row;
-- the name itself is never stored, only its keyed hash. Rows whose last failure is a day old are deleted by
-- LoginNameLockSweep.
CREATE TABLE login_name_lock (
  name_hash       CHAR(64)     NOT NULL COMMENT 'keyed hash (blind index) of the username tried',
  failed_attempts INT          NOT NULL DEFAULT 0 COMMENT 'consecutive failed logins with this name',
  locked_until    DATETIME(3)  NULL COMMENT 'locked until this time after 5 failures (business clock, like staff_account)',
  last_failure_at DATETIME(3)  NOT NULL COMMENT 'last failed attempt (business clock)',
  PRIMARY KEY (name_hash),
  KEY idx_login_name_lock_last (last_failure_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='login failures of usernames that match no account (enumeration defence)';
