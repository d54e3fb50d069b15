-- Charity organisations and their projects (reference data, seeded; organisations edit their own projects).
-- Portable between MySQL 8 / MariaDB 10.11 and H2 in MySQL mode.

CREATE TABLE charity_org (
  code         VARCHAR(32)  NOT NULL COMMENT 'organisation code, e.g. DAZU_EMERGENCY_FUND (charity accounts carry it as a claim)',
  name         VARCHAR(128) NOT NULL COMMENT 'Chinese name',
  region_code  VARCHAR(12)  NOT NULL COMMENT 'region where it is registered (500000 = whole city)',
  contact      VARCHAR(128) NULL     COMMENT 'public contact (office phone or address), never a person''s private data',
  made_up      BOOLEAN      NOT NULL DEFAULT FALSE COMMENT 'invented for the demo (not in public sources)',
  create_by    VARCHAR(64)  NOT NULL DEFAULT 'seed' COMMENT 'who created the row',
  create_time  DATETIME(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3) COMMENT 'row created',
  update_by    VARCHAR(64)  NULL     COMMENT 'who last changed the row',
  update_time  DATETIME(3)  NULL     COMMENT 'row last changed',
  PRIMARY KEY (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='charity organisations';

CREATE TABLE charity_project (
  id              VARCHAR(32)   NOT NULL COMMENT 'project id, e.g. DAZU-ILLNESS-2025',
  org_code        VARCHAR(32)   NOT NULL COMMENT 'organisation that runs it (charity_org.code)',
  name            VARCHAR(128)  NOT NULL COMMENT 'Chinese name',
  description     VARCHAR(1000) NOT NULL COMMENT 'what it pays for, in Chinese',
  causes          VARCHAR(255)  NOT NULL COMMENT 'comma-separated hardship causes it helps: ILLNESS, DISABILITY, EDUCATION, DISASTER, ACCIDENT, UNEMPLOYMENT, NO_EARNER, OLD_AGE, OTHER',
  region_codes    VARCHAR(255)  NOT NULL COMMENT 'comma-separated region codes it serves (500000 = whole city)',
  min_age         INT           NULL     COMMENT 'youngest beneficiary in years; NULL = no lower bound',
  max_age         INT           NULL     COMMENT 'oldest beneficiary in years; NULL = no upper bound',
  requires_dibao  BOOLEAN       NOT NULL DEFAULT FALSE COMMENT 'only for households eligible for 低保 or 特困',
  requires_low_income BOOLEAN   NOT NULL DEFAULT FALSE COMMENT 'only for households below the near-低保 income line',
  min_medical_expenses DECIMAL(12,2) NULL COMMENT 'only for households with at least these own-paid medical expenses in 12 months (yuan); NULL = none',
  conditions      VARCHAR(1000) NULL     COMMENT 'further conditions, in Chinese, for the clerk and the resident',
  fund_total      DECIMAL(14,2) NOT NULL COMMENT 'fund raised for the project (yuan)',
  fund_remaining  DECIMAL(14,2) NOT NULL COMMENT 'fund not yet committed (yuan); never below zero',
  per_person_cap  DECIMAL(12,2) NOT NULL COMMENT 'most one person can receive (yuan)',
  active          BOOLEAN       NOT NULL DEFAULT TRUE COMMENT 'open for requests',
  made_up         BOOLEAN       NOT NULL DEFAULT FALSE COMMENT 'invented for the demo (not in public sources)',
  create_by       VARCHAR(64)   NOT NULL DEFAULT 'seed' COMMENT 'who created the row',
  create_time     DATETIME(3)   NOT NULL DEFAULT CURRENT_TIMESTAMP(3) COMMENT 'row created',
  update_by       VARCHAR(64)   NULL     COMMENT 'who last changed the row',
  update_time     DATETIME(3)   NULL     COMMENT 'row last changed',
  PRIMARY KEY (id),
  KEY idx_charity_project_org (org_code),
  CONSTRAINT fk_charity_project_org FOREIGN KEY (org_code) REFERENCES charity_org (code),
  CONSTRAINT ck_charity_project_fund CHECK (fund_remaining >= 0 AND fund_remaining <= fund_total)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='charity projects residents can be matched to';
