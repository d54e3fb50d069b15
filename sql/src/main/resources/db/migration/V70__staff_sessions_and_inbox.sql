-- Staff sessions (one per issued web-api token): logout, revocation when an account is disabled, and the
-- idle timeout are checked against this row on every request. Plus the index the task inbox joins on.

CREATE TABLE staff_session (
  jti            CHAR(36)     NOT NULL COMMENT 'token id (jti claim), random UUID',
  subject        VARCHAR(64)  NOT NULL COMMENT 'token subject: staff_account.id as text',
  account_id     BIGINT       NULL     COMMENT 'staff_account.id when the subject is an account (NULL for test tokens)',
  issued_at      DATETIME(3)  NOT NULL COMMENT 'token issued (UTC wall clock)',
  expires_at     DATETIME(3)  NOT NULL COMMENT 'token expiry (UTC wall clock)',
  last_seen_at   DATETIME(3)  NOT NULL COMMENT 'last request with this token (UTC, updated at most once a minute)',
  revoked_at     DATETIME(3)  NULL     COMMENT 'logout, account disabled or locked (UTC); NULL while valid',
  revoked_reason VARCHAR(32)  NULL     COMMENT 'LOGOUT, DISABLED, LOCKED',
  PRIMARY KEY (jti),
  KEY idx_staff_session_subject (subject, revoked_at),
  KEY idx_staff_session_expiry (expires_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='web-api token sessions: logout, revocation, idle timeout';

CREATE INDEX idx_item_case_process ON item_case (process_instance_id);
