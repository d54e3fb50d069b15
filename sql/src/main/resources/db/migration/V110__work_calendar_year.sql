-- Issue 8: "the 2027 calendar is marked provisional until published". A year's calendar is provisional while
-- it is derived ahead of the State Council's notice (the seeds' 2027, from the lunar dates); an administrator's
-- PUT /admin/calendar/{year} publishes it. A year without a row is published (2025 and 2026 are the notices).
CREATE TABLE work_calendar_year (
  cal_year     INT          NOT NULL COMMENT 'the calendar year',
  provisional  BOOLEAN      NOT NULL COMMENT 'true: derived ahead of the official notice, not yet published',
  update_by    VARCHAR(64)  NOT NULL COMMENT 'seed, or the administrator who published it',
  update_time  DATETIME(3)  NOT NULL COMMENT 'when it was set',
  PRIMARY KEY (cal_year)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='status of each working-day calendar year';

INSERT INTO work_calendar_year (cal_year, provisional, update_by, update_time)
VALUES (2027, TRUE, 'seed', '2026-11-30 00:00:00.000');
