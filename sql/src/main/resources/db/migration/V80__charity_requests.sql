-- Charity requests (慈善+救助, issue 9): a resident asks a matched project for help after a separate consent
-- (PIPL arts. 23 and 29) that names the charity, the purpose and exactly which fields it sees; the charity
-- accepts with an amount (debited from the project's fund, never below zero) or declines with a reason.
-- Portable between MySQL 8 / MariaDB 10.11 and H2 in MySQL mode.

CREATE TABLE charity_request (
  id              CHAR(36)      NOT NULL COMMENT 'random UUID',
  application_id  CHAR(36)      NOT NULL COMMENT 'application whose match the request follows',
  project_id      VARCHAR(32)   NOT NULL COMMENT 'charity project asked (charity_project.id)',
  org_code        VARCHAR(32)   NOT NULL COMMENT 'organisation of the project (charity_org.code): the charity account scope',
  household_key   CHAR(64)      NOT NULL COMMENT 'blind index of the household (applicant ID hash): the household record',
  requested_by    VARCHAR(64)   NOT NULL COMMENT 'mobile account that asked and consented',
  status          VARCHAR(16)   NOT NULL COMMENT 'SUBMITTED, ACCEPTED, DECLINED, WITHDRAWN',
  open_key        CHAR(36)      NULL     COMMENT 'application_id while SUBMITTED or ACCEPTED; NULL after DECLINED or WITHDRAWN',
  amount          DECIMAL(12,2) NULL     COMMENT 'amount accepted (yuan, one-off)',
  reason          VARCHAR(500)  NULL     COMMENT 'the charity''s reason (required to decline), Chinese',
  decided_at      DATETIME(3)   NULL     COMMENT 'when the charity decided (business time)',
  decided_by      VARCHAR(64)   NULL     COMMENT 'charity account that decided',
  create_by       VARCHAR(64)   NOT NULL COMMENT 'who created the row',
  create_time     DATETIME(3)   NOT NULL COMMENT 'row created = request submitted (business time)',
  update_by       VARCHAR(64)   NULL     COMMENT 'who last changed the row',
  update_time     DATETIME(3)   NULL     COMMENT 'row last changed (business time)',
  PRIMARY KEY (id),
  UNIQUE KEY uk_charity_request_open (open_key, project_id),
  KEY idx_charity_request_org (org_code, create_time),
  KEY idx_charity_request_application (application_id),
  KEY idx_charity_request_household (household_key)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='requests of residents to charity projects';

CREATE TABLE charity_consent (
  request_id      CHAR(36)      NOT NULL COMMENT 'the request the consent was given for (one consent per request)',
  application_id  CHAR(36)      NOT NULL COMMENT 'application whose data is shared',
  org_code        VARCHAR(32)   NOT NULL COMMENT 'the recipient (charity_org.code)',
  org_name        VARCHAR(128)  NOT NULL COMMENT 'the recipient''s name as shown to the resident',
  project_id      VARCHAR(32)   NOT NULL COMMENT 'the project the data is shared for',
  purpose         VARCHAR(500)  NOT NULL COMMENT 'the purpose as shown to the resident, Chinese',
  shared_fields   VARCHAR(255)  NOT NULL COMMENT 'comma-separated codes of exactly the fields the charity sees (SharedField)',
  consent_text    TEXT          NOT NULL COMMENT 'the full consent text the resident agreed to, Chinese',
  text_sha256     CHAR(64)      NOT NULL COMMENT 'SHA-256 (hex) of consent_text',
  given_by        VARCHAR(64)   NOT NULL COMMENT 'mobile account that consented',
  given_at        DATETIME(3)   NOT NULL COMMENT 'when (business time)',
  withdrawn_by    VARCHAR(64)   NULL     COMMENT 'mobile account that withdrew the consent',
  withdrawn_at    DATETIME(3)   NULL     COMMENT 'when it was withdrawn; from then on the charity sees none of the data',
  PRIMARY KEY (request_id),
  KEY idx_charity_consent_application (application_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='separate consents to share personal data with a charity (PIPL arts. 23, 29)';
