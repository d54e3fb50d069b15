-- Item cases: one per item of an application that a department handles or that was granted at once,
-- their grants, objections, the application's notifications (outbox) and the monitored households.
-- Portable between MySQL 8 / MariaDB 10.11 and H2 in MySQL mode.

CREATE TABLE item_case (
  id                   CHAR(36)      NOT NULL COMMENT 'random UUID',
  application_id       CHAR(36)      NOT NULL COMMENT 'application the case belongs to',
  item_code            VARCHAR(32)   NOT NULL COMMENT 'assistance item, e.g. DIBAO',
  kind                 VARCHAR(16)   NOT NULL COMMENT 'APPLY or APPLY_FREE',
  origin               VARCHAR(16)   NOT NULL COMMENT 'ASSESSMENT (from the application) or JOINT_PUSH (after a grant)',
  department_code      VARCHAR(32)   NOT NULL COMMENT 'department that decides, KIND@districtCode',
  region_code          VARCHAR(12)   NOT NULL COMMENT 'community code of the household',
  status               VARCHAR(16)   NOT NULL COMMENT 'PENDING, IN_REVIEW, PUBLIC_NOTICE, GRANTED, REJECTED, NOT_ELIGIBLE',
  current_step         VARCHAR(32)   NULL     COMMENT 'open process step: HOME_VISIT, STREET_REVIEW, PUBLIC_NOTICE, DISTRICT_DECISION, DEPARTMENT_REVIEW',
  reasons              TEXT          NULL     COMMENT 'JSON array of reasons in Chinese (rules, rejection, return)',
  amount               DECIMAL(12,2) NULL     COMMENT 'granted amount in yuan (per month for monthly items)',
  decided_at           DATETIME(3)   NULL     COMMENT 'when the case was granted, rejected or found not eligible',
  decided_by           VARCHAR(64)   NULL     COMMENT 'staff account (or system) that decided',
  due_at               DATETIME(3)   NULL     COMMENT 'due time of the open step (working days)',
  process_instance_id  VARCHAR(64)   NULL     COMMENT 'Flowable process instance of the item process',
  household_key        CHAR(64)      NOT NULL COMMENT 'blind index of the household: keyed hash of the applicant ID number',
  active_key           CHAR(64)      NULL     COMMENT 'household_key while open or granted; NULL after REJECTED or NOT_ELIGIBLE',
  create_by            VARCHAR(64)   NOT NULL COMMENT 'who created the row',
  create_time          DATETIME(3)   NOT NULL COMMENT 'row created (business time)',
  update_by            VARCHAR(64)   NULL     COMMENT 'who last changed the row',
  update_time          DATETIME(3)   NULL     COMMENT 'row last changed (business time)',
  PRIMARY KEY (id),
  UNIQUE KEY uk_item_case_active (active_key, item_code),
  KEY idx_item_case_application (application_id),
  KEY idx_item_case_department (department_code, status)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='item cases: one assistance item of one application';

CREATE TABLE item_case_event (
  id             BIGINT       NOT NULL AUTO_INCREMENT COMMENT 'surrogate key',
  case_id        CHAR(36)     NOT NULL COMMENT 'item case',
  step           VARCHAR(32)  NOT NULL COMMENT 'process step the event happened at',
  decision       VARCHAR(16)  NOT NULL COMMENT 'APPROVE, REJECT, RETURN, SUPPORT, OPPOSE, OBJECTION, GRANT',
  reason         VARCHAR(1000) NULL    COMMENT 'reason or findings as written',
  amount         DECIMAL(12,2) NULL    COMMENT 'amount set with the decision',
  actor          VARCHAR(64)  NOT NULL COMMENT 'account that acted, or system',
  event_time     DATETIME(3)  NOT NULL COMMENT 'when (business time)',
  PRIMARY KEY (id),
  KEY idx_item_case_event_case (case_id, event_time)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='decisions and other events of item cases (append-only)';

CREATE TABLE home_visit (
  id              BIGINT         NOT NULL AUTO_INCREMENT COMMENT 'surrogate key',
  case_id         CHAR(36)       NOT NULL COMMENT 'item case visited for',
  worker_account  VARCHAR(64)    NOT NULL COMMENT 'community worker account',
  findings_enc    VARBINARY(8192) NOT NULL COMMENT 'findings, AES-GCM encrypted',
  recommendation  VARCHAR(8)     NOT NULL COMMENT 'SUPPORT or OPPOSE',
  photo_file_ids  VARCHAR(1000)  NULL     COMMENT 'comma-separated stored file ids',
  latitude        DECIMAL(9,6)   NULL     COMMENT 'GPS latitude at the visit',
  longitude       DECIMAL(9,6)   NULL     COMMENT 'GPS longitude at the visit',
  visited_at      DATETIME(3)    NOT NULL COMMENT 'when (business time)',
  PRIMARY KEY (id),
  KEY idx_home_visit_case (case_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='home visits (入户调查) of community workers';

CREATE TABLE item_grant (
  case_id        CHAR(36)      NOT NULL COMMENT 'granted item case',
  application_id CHAR(36)      NOT NULL COMMENT 'application',
  item_code      VARCHAR(32)   NOT NULL COMMENT 'item granted',
  amount         DECIMAL(12,2) NULL     COMMENT 'amount in yuan (per month for monthly items)',
  starts_on      DATE          NOT NULL COMMENT 'first day of the benefit (the month after the decision for cash)',
  granted_by     VARCHAR(64)   NOT NULL COMMENT 'staff account or system (apply-free)',
  granted_at     DATETIME(3)   NOT NULL COMMENT 'when (business time)',
  PRIMARY KEY (case_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='grants: one per granted item case';

CREATE TABLE application_notice (
  id             BIGINT        NOT NULL AUTO_INCREMENT COMMENT 'surrogate key',
  application_id CHAR(36)      NOT NULL COMMENT 'application',
  notice_code    VARCHAR(48)   NOT NULL COMMENT 'what it tells, e.g. CLOSED or GRANTED:<caseId>',
  channel        VARCHAR(8)    NOT NULL COMMENT 'SMS or APP',
  text_zh        VARCHAR(1000) NOT NULL COMMENT 'the text (no personal data beyond the application number)',
  sent_at        DATETIME(3)   NULL     COMMENT 'when handed to the gateway; NULL while pending',
  create_time    DATETIME(3)   NOT NULL COMMENT 'row created (business time)',
  PRIMARY KEY (id),
  UNIQUE KEY uk_application_notice (application_id, notice_code, channel)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='notices to the resident (outbox: one per application, code and channel)';

CREATE TABLE monitored_household (
  household_key  CHAR(64)     NOT NULL COMMENT 'blind index of the household (applicant ID hash)',
  application_id CHAR(36)     NOT NULL COMMENT 'application that put the household under monitoring',
  community_code VARCHAR(12)  NOT NULL COMMENT 'community of the household',
  since          DATETIME(3)  NOT NULL COMMENT 'monitored since (business time)',
  next_review_on DATE         NOT NULL COMMENT 'next scheduled re-assessment',
  PRIMARY KEY (household_key)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='households under dynamic monitoring (动态监测)';
