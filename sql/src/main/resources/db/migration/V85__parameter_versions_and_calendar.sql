-- Parameter versions published by administrators (issue 9) and a change counter per kind of reference
-- data, so every node of both apps drops its cached parameters or calendar soon after a change.
-- Portable between MySQL 8 / MariaDB 10.11 and H2 in MySQL mode.

ALTER TABLE policy_parameter ADD COLUMN create_by VARCHAR(64) NOT NULL DEFAULT 'seed' COMMENT 'account that published the version (seed: the seed files)';

CREATE TABLE reference_version (
  name        VARCHAR(32)  NOT NULL COMMENT 'POLICY_PARAMETER or WORK_CALENDAR',
  version     BIGINT       NOT NULL DEFAULT 0 COMMENT 'raised by one on every change of that data',
  update_time DATETIME(3)  NOT NULL COMMENT 'system time of the last change',
  PRIMARY KEY (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='change counters of cached reference data (parameters, calendar)';

INSERT INTO reference_version (name, version, update_time) VALUES ('POLICY_PARAMETER', 0, CURRENT_TIMESTAMP(3));
INSERT INTO reference_version (name, version, update_time) VALUES ('WORK_CALENDAR', 0, CURRENT_TIMESTAMP(3));
