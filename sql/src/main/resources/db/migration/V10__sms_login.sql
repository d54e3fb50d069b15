-- Phone login: one-time SMS codes and the demo outbox that stands in for the operator's SMS gateway.

CREATE TABLE sms_code (
  id              BIGINT        NOT NULL AUTO_INCREMENT COMMENT 'surrogate key',
  phone_hash      CHAR(64)      NOT NULL COMMENT 'keyed hash (blind index) of the phone the code was sent to',
  code_hash       CHAR(64)      NOT NULL COMMENT 'HMAC seal of phone hash and code; the code itself is never stored',
  client_ip_hash  CHAR(64)      NULL COMMENT 'keyed hash of the requesting address, for the per-address limit',
  failed_attempts INT           NOT NULL DEFAULT 0 COMMENT 'wrong guesses for this phone while the code was outstanding',
  created_at      DATETIME(3)   NOT NULL COMMENT 'business time the code was issued',
  expires_at      DATETIME(3)   NOT NULL COMMENT 'business time after which the code is refused (5 minutes)',
  used_at         DATETIME(3)   NULL COMMENT 'business time the code was consumed or invalidated',
  PRIMARY KEY (id),
  KEY idx_sms_code_phone (phone_hash, created_at),
  KEY idx_sms_code_ip (client_ip_hash, created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='one-time SMS codes for phone login and co-signing';

CREATE TABLE sms_outbox (
  id          BIGINT          NOT NULL AUTO_INCREMENT COMMENT 'surrogate key',
  phone_hash  CHAR(64)        NOT NULL COMMENT 'keyed hash (blind index) of the recipient phone',
  phone_enc   VARBINARY(255)  NOT NULL COMMENT 'recipient phone, AES-GCM encrypted',
  text_enc    VARBINARY(2048) NOT NULL COMMENT 'message text, AES-GCM encrypted',
  code_enc    VARBINARY(255)  NULL COMMENT 'one-time code the text carries, AES-GCM encrypted; NULL for other texts',
  sent_at     DATETIME(3)     NOT NULL COMMENT 'business time the text was handed to the outbox',
  PRIMARY KEY (id),
  KEY idx_sms_outbox_phone (phone_hash, sent_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='demo SMS outbox, stand-in for the operator SMS gateway';
