-- Dynamic monitoring (动态监测, issue 9): what each monitored household was last screened against, the
-- screening runs (a new parameter version, the schedule) and the alerts they raise for the community.
-- Portable between MySQL 8 / MariaDB 10.11 and H2 in MySQL mode.

ALTER TABLE monitored_household ADD COLUMN facts_enc LONGBLOB NULL COMMENT 'the household snapshot the rules read (AES-GCM JSON): from the economic check, or the latest data change';
ALTER TABLE monitored_household ADD COLUMN last_result VARCHAR(1000) NULL COMMENT 'rules result of the last screening: ITEM=E<amount>|N|R per item; NULL before the first';
ALTER TABLE monitored_household ADD COLUMN last_screened_on DATE NULL COMMENT 'the date whose parameters the last screening used';
ALTER TABLE monitored_household ADD COLUMN last_run_id CHAR(36) NULL COMMENT 'the run that last changed the result';
CREATE INDEX idx_monitored_household_community ON monitored_household (community_code, household_key);
CREATE INDEX idx_monitored_household_review ON monitored_household (next_review_on);

UPDATE monitored_household
   SET facts_enc = (SELECT s.snapshot_enc FROM household_snapshot s WHERE s.application_id = monitored_household.application_id);

CREATE TABLE monitoring_run (
  id           CHAR(36)     NOT NULL COMMENT 'random UUID',
  trigger_kind VARCHAR(16)  NOT NULL COMMENT 'PARAMETER (a new version), SCHEDULE (periodic re-check), DATA_CHANGE',
  region_code  VARCHAR(12)  NOT NULL COMMENT 'households screened: those whose community starts with this code (500000: all)',
  reason       VARCHAR(255) NOT NULL COMMENT 'what started it, e.g. DIBAO_STANDARD_URBAN@500103 from 2027-01-01',
  screen_date  DATE         NOT NULL COMMENT 'the date whose parameters the rules used',
  status       VARCHAR(8)   NOT NULL COMMENT 'RUNNING, DONE, FAILED',
  households   INT          NOT NULL DEFAULT 0 COMMENT 'households screened',
  changed      INT          NOT NULL DEFAULT 0 COMMENT 'households whose rules result changed',
  alerts       INT          NOT NULL DEFAULT 0 COMMENT 'alerts raised',
  error        VARCHAR(255) NULL     COMMENT 'why it failed (no personal data)',
  started_at   DATETIME(3)  NOT NULL COMMENT 'business time it started',
  finished_at  DATETIME(3)  NULL     COMMENT 'business time it ended',
  create_by    VARCHAR(64)  NOT NULL COMMENT 'account that started it, or system',
  PRIMARY KEY (id),
  KEY idx_monitoring_run_started (started_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='re-screenings of monitored households';

CREATE TABLE monitoring_alert (
  id              CHAR(36)      NOT NULL COMMENT 'random UUID',
  run_id          CHAR(36)      NOT NULL COMMENT 'the run that raised it',
  household_key   CHAR(64)      NOT NULL COMMENT 'blind index of the household',
  application_id  CHAR(36)      NOT NULL COMMENT 'the application that put the household under monitoring',
  community_code  VARCHAR(12)   NOT NULL COMMENT 'community of the household (scope)',
  kind            VARCHAR(24)   NOT NULL COMMENT 'NEWLY_ELIGIBLE, NO_LONGER_ELIGIBLE, AMOUNT_CHANGED, DATA_CHANGED',
  items           VARCHAR(1000) NOT NULL COMMENT 'JSON: [{itemCode, oldAmount, newAmount}]',
  reasons         TEXT          NOT NULL COMMENT 'JSON array of Chinese sentences',
  status          VARCHAR(12)   NOT NULL COMMENT 'OPEN, RESOLVED, FOLLOW_UP',
  create_time     DATETIME(3)   NOT NULL COMMENT 'business time raised',
  resolved_by     VARCHAR(64)   NULL     COMMENT 'who resolved it or turned it into a follow-up',
  resolved_at     DATETIME(3)   NULL     COMMENT 'when',
  note_enc        VARBINARY(4096) NULL   COMMENT 'the note of the resolution, AES-GCM encrypted (may describe the household)',
  follow_up_cases VARCHAR(400)  NULL     COMMENT 'comma-separated item cases opened as the follow-up review',
  PRIMARY KEY (id),
  UNIQUE KEY uk_monitoring_alert_run (run_id, household_key, kind),
  KEY idx_monitoring_alert_scope (community_code, status, create_time),
  KEY idx_monitoring_alert_time (create_time)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='monitoring alerts for the community worker and the district';
