-- Electronic authorizations: the letter text, the co-signing tokens and the append-only signature records.

CREATE TABLE authorization_letter (
  letter_version  VARCHAR(16)   NOT NULL COMMENT 'version, e.g. 2026-01',
  letter_text     TEXT          NOT NULL COMMENT 'full text of the 家庭经济状况核查授权书',
  text_sha256     CHAR(64)      NOT NULL COMMENT 'SHA-256 (hex) of the UTF-8 text',
  create_time     DATETIME(3)   NOT NULL DEFAULT CURRENT_TIMESTAMP(3) COMMENT 'row created',
  PRIMARY KEY (letter_version)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='versions of the economic-check authorization letter';

CREATE TABLE authorization_token (
  token_hash        CHAR(64)       NOT NULL COMMENT 'SHA-256 (hex) of the token, for lookup',
  token_enc         VARBINARY(255) NOT NULL COMMENT 'the token, AES-GCM encrypted (to show the link again)',
  application_id    CHAR(36)       NOT NULL COMMENT 'application',
  member_seq        INT            NOT NULL COMMENT 'household member who must co-sign',
  letter_version    VARCHAR(16)    NOT NULL COMMENT 'letter version the member is asked to sign (the applicant''s)',
  expires_at        DATETIME(3)    NOT NULL COMMENT 'the token is refused from this time on',
  used_at           DATETIME(3)    NULL     COMMENT 'when it was used (single use)',
  reminder_sent_at  DATETIME(3)    NULL     COMMENT 'when a reminder SMS went out (at most one)',
  create_time       DATETIME(3)    NOT NULL DEFAULT CURRENT_TIMESTAMP(3) COMMENT 'row created',
  PRIMARY KEY (token_hash),
  UNIQUE KEY uk_authorization_token_member (application_id, member_seq)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='single-use co-signing tokens, one per member who must sign';

CREATE TABLE authorization_record (
  id                  CHAR(36)       NOT NULL COMMENT 'random UUID',
  application_id      CHAR(36)       NOT NULL COMMENT 'application',
  member_seq          INT            NOT NULL COMMENT 'household member the authorization covers',
  letter_version      VARCHAR(16)    NOT NULL COMMENT 'letter version signed',
  letter_sha256       CHAR(64)       NOT NULL COMMENT 'SHA-256 of the letter text signed',
  signer_name         VARCHAR(64)    NOT NULL COMMENT 'name of the person who signed',
  signer_id_hash      CHAR(64)       NOT NULL COMMENT 'keyed hash of the signer ID number',
  identity_method     VARCHAR(16)    NOT NULL COMMENT 'APPLICANT_LOGIN, NAME_ID_SMS or GUARDIAN',
  channel             VARCHAR(16)    NOT NULL COMMENT 'APP, REMOTE_LINK or PROXY',
  filed_by_account    VARCHAR(64)    NULL     COMMENT 'account that filed the application',
  signed_at           DATETIME(3)    NOT NULL COMMENT 'when it was signed',
  signature_sha256    CHAR(64)       NOT NULL COMMENT 'SHA-256 of the signature PNG bytes',
  signature_enc       LONGBLOB       NOT NULL COMMENT 'the signature PNG (base64), AES-GCM encrypted',
  seal                CHAR(64)       NOT NULL COMMENT 'HMAC-SHA256 over the canonical text of all the fields above',
  create_time         DATETIME(3)    NOT NULL DEFAULT CURRENT_TIMESTAMP(3) COMMENT 'row created',
  PRIMARY KEY (id),
  KEY idx_authorization_record_app (application_id, member_seq)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='append-only, sealed records of every authorization signature';
