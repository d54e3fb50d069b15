-- Reference data: places, departments, the item catalog, effective-dated parameters, the calendar
-- and the reference registry that stands in for the departments' data feeds.
-- Portable between MySQL 8 / MariaDB 10.11 and H2 in MySQL mode.

CREATE TABLE region (
  code         VARCHAR(12)  NOT NULL COMMENT 'administrative code (district 6 digits, street 9, community 12)',
  name         VARCHAR(64)  NOT NULL COMMENT 'Chinese name',
  region_level VARCHAR(16)  NOT NULL COMMENT 'CITY, DISTRICT, STREET, COMMUNITY',
  parent_code  VARCHAR(12)  NULL     COMMENT 'parent region code',
  urban        BOOLEAN      NOT NULL DEFAULT TRUE COMMENT 'urban (true) or rural standard applies',
  made_up      BOOLEAN      NOT NULL DEFAULT FALSE COMMENT 'code invented for the demo (not in public sources)',
  create_time  DATETIME(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3) COMMENT 'row created',
  PRIMARY KEY (code),
  KEY idx_region_parent (parent_code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='administrative regions';

CREATE TABLE department (
  code         VARCHAR(32)  NOT NULL COMMENT 'department code, e.g. CIVIL_AFFAIRS@500103',
  kind         VARCHAR(32)  NOT NULL COMMENT 'CIVIL_AFFAIRS, HOUSING, JUSTICE, MEDICAL_SECURITY, EDUCATION, HRSS, EMERGENCY, DEVELOPMENT_REFORM',
  region_code  VARCHAR(12)  NOT NULL COMMENT 'region the office serves (district or street)',
  name         VARCHAR(128) NOT NULL COMMENT 'Chinese name',
  create_time  DATETIME(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3) COMMENT 'row created',
  PRIMARY KEY (code),
  UNIQUE KEY uk_department_kind_region (kind, region_code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='departments per region';

CREATE TABLE assistance_item (
  code             VARCHAR(32)  NOT NULL COMMENT 'item code, e.g. DIBAO',
  name_zh          VARCHAR(64)  NOT NULL COMMENT 'Chinese name',
  name_en          VARCHAR(128) NOT NULL COMMENT 'English name',
  department_kind  VARCHAR(32)  NOT NULL COMMENT 'department kind that decides it',
  kind             VARCHAR(16)  NOT NULL COMMENT 'APPLY or APPLY_FREE',
  joint            BOOLEAN      NOT NULL DEFAULT FALSE COMMENT 'pushed as a joint item after a grant',
  pays_cash        BOOLEAN      NOT NULL DEFAULT FALSE COMMENT 'the grant carries a monthly amount',
  sort_order       INT          NOT NULL DEFAULT 0 COMMENT 'display order',
  create_time      DATETIME(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3) COMMENT 'row created',
  PRIMARY KEY (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='the assistance item catalog (happiness list)';

CREATE TABLE policy_parameter (
  id              BIGINT        NOT NULL AUTO_INCREMENT COMMENT 'surrogate key',
  param_key       VARCHAR(64)   NOT NULL COMMENT 'parameter name, e.g. DIBAO_STANDARD',
  region_code     VARCHAR(12)   NOT NULL COMMENT 'region it applies to (500000 = whole city); the most specific wins',
  effective_from  DATE          NOT NULL COMMENT 'first day it applies; a change is a new row, never an edit',
  param_value     DECIMAL(14,4) NOT NULL COMMENT 'the value',
  unit            VARCHAR(16)   NOT NULL COMMENT 'YUAN_MONTH, YUAN, RATIO, SQM, COUNT, YEARS',
  note            VARCHAR(255)  NULL     COMMENT 'source or working assumption',
  create_time     DATETIME(3)   NOT NULL DEFAULT CURRENT_TIMESTAMP(3) COMMENT 'row created',
  PRIMARY KEY (id),
  UNIQUE KEY uk_policy_parameter_version (param_key, region_code, effective_from)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='effective-dated policy parameters';

CREATE TABLE work_calendar_day (
  cal_date     DATE         NOT NULL COMMENT 'a day that differs from the Monday-Friday rule',
  working      BOOLEAN      NOT NULL COMMENT 'true: make-up working weekend day; false: public holiday',
  name         VARCHAR(64)  NOT NULL COMMENT 'holiday name',
  PRIMARY KEY (cal_date)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='national holiday calendar exceptions';

CREATE TABLE registry_person (
  id                   BIGINT         NOT NULL AUTO_INCREMENT COMMENT 'surrogate key',
  id_number_hash       CHAR(64)       NOT NULL COMMENT 'keyed hash (HMAC-SHA256) of the ID number, for lookup',
  id_number_enc        VARBINARY(255) NOT NULL COMMENT 'ID number, AES-GCM encrypted',
  name                 VARCHAR(64)    NOT NULL COMMENT 'name on the registry',
  monthly_wage         DECIMAL(12,2)  NULL COMMENT 'wages per month (tax/HRSS feed); NULL = no data',
  monthly_pension      DECIMAL(12,2)  NULL COMMENT 'pension per month (social security feed)',
  monthly_other_income DECIMAL(12,2)  NULL COMMENT 'other income per month (property, transfers)',
  deposits             DECIMAL(14,2)  NULL COMMENT 'bank deposits (yuan)',
  securities           DECIMAL(14,2)  NULL COMMENT 'securities (yuan)',
  homes                INT            NULL COMMENT 'number of homes owned (real-estate feed)',
  home_area_sqm        DECIMAL(10,2)  NULL COMMENT 'total floor area owned',
  vehicles             INT            NULL COMMENT 'number of vehicles (police feed)',
  businesses           INT            NULL COMMENT 'number of registered businesses (market regulation)',
  disability_grade     INT            NULL COMMENT 'disability certificate grade 1-4; NULL = none',
  medical_expenses_12m DECIMAL(12,2)  NULL COMMENT 'own-paid medical expenses in the last 12 months',
  on_public_payroll    BOOLEAN        NULL COMMENT 'paid from public finance',
  deceased             BOOLEAN        NOT NULL DEFAULT FALSE COMMENT 'death registered',
  create_time          DATETIME(3)    NOT NULL DEFAULT CURRENT_TIMESTAMP(3) COMMENT 'row created',
  update_time          DATETIME(3)    NOT NULL DEFAULT CURRENT_TIMESTAMP(3) COMMENT 'row last changed',
  PRIMARY KEY (id),
  UNIQUE KEY uk_registry_person_id_hash (id_number_hash)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='reference registry standing in for the departments data feeds';
