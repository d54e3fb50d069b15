-- Issue 8 / security review L1 (等保 8.1.4.1 a: 口令复杂度, 定期更换): staff passwords follow a policy on create and
-- change (length, character classes, not the username, not one of the last n), and may expire after a
-- configured age. The history keeps only BCrypt hashes.
ALTER TABLE staff_account ADD COLUMN password_changed_at DATETIME(3) NULL COMMENT 'when the password was last set (UTC); NULL: at create_time';
CREATE TABLE staff_password_history (
  id            BIGINT       NOT NULL AUTO_INCREMENT COMMENT 'surrogate key',
  account_id    BIGINT       NOT NULL COMMENT 'staff_account.id',
  password_hash VARCHAR(100) NOT NULL COMMENT 'BCrypt hash of a password the account used before',
  replaced_at   DATETIME(3)  NOT NULL COMMENT 'when it was replaced (UTC)',
  PRIMARY KEY (id),
  KEY idx_staff_password_history_account (account_id, replaced_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='earlier password hashes of staff accounts (no reuse of the last n)';
