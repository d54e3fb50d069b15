-- Accounts: staff (password + TOTP) and community workers (phone + SMS code).

CREATE TABLE staff_account (
  id               BIGINT        NOT NULL AUTO_INCREMENT COMMENT 'surrogate key',
  username         VARCHAR(64)   NOT NULL COMMENT 'login name',
  password_hash    VARCHAR(100)  NOT NULL COMMENT 'BCrypt hash',
  totp_secret_enc  VARBINARY(255) NOT NULL COMMENT 'TOTP secret (base32), AES-GCM encrypted',
  display_name     VARCHAR(64)   NOT NULL COMMENT 'name shown in the console',
  roles            VARCHAR(255)  NOT NULL COMMENT 'comma-separated roles, e.g. STREET_REVIEWER',
  department_code  VARCHAR(32)   NULL COMMENT 'department (scope); NULL for admin and charity accounts',
  region_code      VARCHAR(12)   NULL COMMENT 'region scope (street or district)',
  charity_org_code VARCHAR(32)   NULL COMMENT 'charity organisation for charity accounts',
  enabled          BOOLEAN       NOT NULL DEFAULT TRUE COMMENT 'account may log in',
  failed_attempts  INT           NOT NULL DEFAULT 0 COMMENT 'consecutive failed logins',
  locked_until     DATETIME(3)   NULL COMMENT 'locked until this time after 5 failures',
  create_by        VARCHAR(64)   NOT NULL DEFAULT 'seed' COMMENT 'who created the row',
  create_time      DATETIME(3)   NOT NULL DEFAULT CURRENT_TIMESTAMP(3) COMMENT 'row created',
  update_by        VARCHAR(64)   NULL COMMENT 'who last changed the row',
  update_time      DATETIME(3)   NULL COMMENT 'row last changed',
  PRIMARY KEY (id),
  UNIQUE KEY uk_staff_account_username (username)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='staff, charity and administrator accounts';

CREATE TABLE community_worker (
  id              BIGINT         NOT NULL AUTO_INCREMENT COMMENT 'surrogate key',
  phone_hash      CHAR(64)       NOT NULL COMMENT 'keyed hash of the phone, for login lookup',
  phone_enc       VARBINARY(255) NOT NULL COMMENT 'phone, AES-GCM encrypted',
  name            VARCHAR(64)    NOT NULL COMMENT 'worker name',
  community_code  VARCHAR(12)    NOT NULL COMMENT 'community the worker serves (scope)',
  enabled         BOOLEAN        NOT NULL DEFAULT TRUE COMMENT 'account may log in',
  create_time     DATETIME(3)    NOT NULL DEFAULT CURRENT_TIMESTAMP(3) COMMENT 'row created',
  PRIMARY KEY (id),
  UNIQUE KEY uk_community_worker_phone (phone_hash)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='community workers (网格员)';

CREATE TABLE mobile_account (
  id              BIGINT         NOT NULL AUTO_INCREMENT COMMENT 'account id (the token subject)',
  phone_hash      CHAR(64)       NOT NULL COMMENT 'keyed hash of the phone, for lookup',
  phone_enc       VARBINARY(255) NOT NULL COMMENT 'phone, AES-GCM encrypted',
  create_time     DATETIME(3)    NOT NULL DEFAULT CURRENT_TIMESTAMP(3) COMMENT 'first login',
  last_login_time DATETIME(3)    NULL COMMENT 'last successful login',
  PRIMARY KEY (id),
  UNIQUE KEY uk_mobile_account_phone (phone_hash)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='phone accounts of residents and community workers (mobile-api)';
