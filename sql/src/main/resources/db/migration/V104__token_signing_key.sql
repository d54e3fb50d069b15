-- Issue 8 / security review M4: staff token keys rotate without a restart. An administrator adds a key
-- (POST /api/v1/admin/token-keys); every web-api node re-reads this table on a schedule, verifies tokens with a
-- new key at once and signs with it only from signs_from (after every node has read it). A retired key no longer
-- verifies, so its tokens end. The key bytes are encrypted with the data key (AES-GCM), never stored in clear.
CREATE TABLE token_signing_key (
  kid         VARCHAR(32)    NOT NULL COMMENT 'key id, the kid header of the tokens it signs',
  secret_enc  VARBINARY(255) NOT NULL COMMENT 'base64 of 32 random bytes (HS256), AES-GCM encrypted',
  created_at  DATETIME(3)    NOT NULL COMMENT 'when it was added (UTC)',
  created_by  VARCHAR(64)    NOT NULL COMMENT 'administrator account',
  signs_from  DATETIME(3)    NOT NULL COMMENT 'from when it signs new tokens (UTC); it verifies from created_at',
  retired_at  DATETIME(3)    NULL     COMMENT 'when it was retired (UTC): tokens it signed are refused; NULL while in use',
  PRIMARY KEY (kid),
  KEY idx_token_signing_key_created (created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='rotated staff token signing keys (web-api)';
