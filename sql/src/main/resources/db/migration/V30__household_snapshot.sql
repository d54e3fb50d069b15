-- The economic check's result: one immutable household snapshot per application.
-- Portable between MySQL 8 / MariaDB 10.11 and H2 in MySQL mode.

CREATE TABLE household_snapshot (
  id              BIGINT        NOT NULL AUTO_INCREMENT COMMENT 'surrogate key',
  application_id  VARCHAR(64)   NOT NULL COMMENT 'the application the check ran for; one snapshot per application',
  snapshot_enc    LONGBLOB      NOT NULL COMMENT 'the household snapshot as JSON, AES-GCM encrypted (holds income and health data)',
  check_date      DATE          NOT NULL COMMENT 'business date the check ran for',
  member_count    INT           NOT NULL COMMENT 'members in the snapshot',
  sources_seen    VARCHAR(2000) NOT NULL COMMENT 'JSON list of {source, at}: which data sources answered and when (no personal data)',
  created_at      DATETIME(3)   NOT NULL COMMENT 'business time the snapshot was stored',
  create_time     DATETIME(3)   NOT NULL DEFAULT CURRENT_TIMESTAMP(3) COMMENT 'row created (server time)',
  PRIMARY KEY (id),
  UNIQUE KEY uk_household_snapshot_application (application_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='immutable household snapshots from the economic check';
