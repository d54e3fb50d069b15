-- Uploaded files (ID-card photos, visit photos), encrypted at rest.

CREATE TABLE stored_file (
  id               CHAR(36)     NOT NULL COMMENT 'random UUID, the public file id',
  owner_account_id VARCHAR(64)  NOT NULL COMMENT 'account (token subject) that uploaded the file',
  content_type     VARCHAR(64)  NOT NULL COMMENT 'type sniffed from the bytes: image/jpeg, image/png, application/pdf',
  size_bytes       BIGINT       NOT NULL COMMENT 'size of the plain content in bytes',
  sha256           CHAR(64)     NOT NULL COMMENT 'hex SHA-256 of the plain content',
  content_enc      LONGBLOB     NOT NULL COMMENT 'content, AES-GCM encrypted (IV in front)',
  create_time      DATETIME(3)  NOT NULL COMMENT 'business time of the upload',
  PRIMARY KEY (id),
  KEY idx_stored_file_owner (owner_account_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='uploaded files, encrypted at rest';
