-- Tamper-evident audit log of every full view of personal data: an insert-only hash chain whose head
-- is one locked row, so concurrent appends from any node form a single chain.

CREATE TABLE audit_log (
  id                BIGINT        NOT NULL AUTO_INCREMENT COMMENT 'surrogate key',
  seq               BIGINT        NOT NULL COMMENT 'position in the hash chain, 1, 2, 3 ... without gaps',
  occurred_at       DATETIME(3)   NOT NULL COMMENT 'business time of the access',
  actor_account_id  VARCHAR(64)   NOT NULL COMMENT 'account (token subject) that acted',
  actor_role        VARCHAR(32)   NOT NULL COMMENT 'role under which the access was allowed',
  action_code       VARCHAR(48)   NOT NULL COMMENT 'what was done, e.g. VIEW_FULL_ID_NUMBER',
  subject_type      VARCHAR(32)   NOT NULL COMMENT 'kind of record touched, e.g. APPLICATION_MEMBER',
  subject_id        VARCHAR(96)   NOT NULL COMMENT 'id of the record touched (never the personal data itself)',
  purpose           VARCHAR(500)  NOT NULL COMMENT 'purpose the staff member stated',
  client_ip_hash    CHAR(64)      NULL COMMENT 'keyed hash of the client address',
  prev_hash         CHAR(64)      NOT NULL COMMENT 'entry_hash of the previous entry (64 zeros for the first)',
  entry_hash        CHAR(64)      NOT NULL COMMENT 'HMAC-SHA256 (record key) of the canonical entry and prev_hash',
  PRIMARY KEY (id),
  UNIQUE KEY uk_audit_log_seq (seq),
  KEY idx_audit_log_subject (subject_type, subject_id),
  KEY idx_audit_log_actor (actor_account_id, occurred_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='tamper-evident audit log (insert only, hash chain)';

CREATE TABLE audit_chain_head (
  id          INT          NOT NULL COMMENT 'always 1: the table holds one row',
  last_seq    BIGINT       NOT NULL COMMENT 'seq of the newest audit_log entry (0 when empty)',
  last_hash   CHAR(64)     NOT NULL COMMENT 'entry_hash of the newest entry (64 zeros when empty)',
  updated_at  DATETIME(3)  NOT NULL COMMENT 'business time of the newest append',
  PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='head of the audit hash chain, locked by every append';

INSERT INTO audit_chain_head (id, last_seq, last_hash, updated_at)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000', CURRENT_TIMESTAMP(3));
