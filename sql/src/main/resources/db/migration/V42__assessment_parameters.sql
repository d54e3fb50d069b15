-- Which parameter versions each decision of an application's assessment used, so that a decision can be
-- explained later even after a standard has changed (a changed standard is a new row, never an edit).
CREATE TABLE application_assessment (
  application_id   CHAR(36)      NOT NULL COMMENT 'the application assessed',
  assessed_on      DATE          NOT NULL COMMENT 'the date whose parameters applied (the submission day)',
  region_code      VARCHAR(12)   NOT NULL COMMENT 'the region whose parameters applied',
  parameters_used  TEXT          NOT NULL COMMENT 'JSON: item code -> [key@region@effective_from, ...]',
  create_time      DATETIME(3)   NOT NULL COMMENT 'when the assessment was stored',
  PRIMARY KEY (application_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='parameter versions used by each application assessment';
