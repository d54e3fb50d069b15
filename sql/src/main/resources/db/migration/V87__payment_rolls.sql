-- Monthly payments (次月发放, issue 9): a district's roll of a month, one line per household, item and month,
-- the bank's return reconciled per line; and the end of a grant that a review stopped.
-- Portable between MySQL 8 / MariaDB 10.11 and H2 in MySQL mode.

ALTER TABLE item_grant ADD COLUMN ends_on DATE NULL COMMENT 'last day paid when a review ended the grant; NULL while in force';

CREATE TABLE payment_roll (
  id           CHAR(36)      NOT NULL COMMENT 'random UUID',
  pay_month    CHAR(7)       NOT NULL COMMENT 'the month paid, yyyy-MM',
  region_code  VARCHAR(12)   NOT NULL COMMENT 'the district whose roll it is',
  status       VARCHAR(12)   NOT NULL COMMENT 'BUILT, RECONCILED (every line PAID or FAILED)',
  line_count   INT           NOT NULL COMMENT 'lines in the roll',
  total        DECIMAL(14,2) NOT NULL COMMENT 'sum of the lines, yuan',
  paid         INT           NOT NULL DEFAULT 0 COMMENT 'lines the bank paid',
  failed       INT           NOT NULL DEFAULT 0 COMMENT 'lines the bank could not pay',
  create_by    VARCHAR(64)   NOT NULL COMMENT 'account that built it',
  create_time  DATETIME(3)   NOT NULL COMMENT 'business time built',
  update_time  DATETIME(3)   NULL     COMMENT 'business time of the last return file',
  PRIMARY KEY (id),
  UNIQUE KEY uk_payment_roll_month_region (pay_month, region_code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='monthly payment rolls of a district';

CREATE TABLE payment_line (
  id             BIGINT        NOT NULL AUTO_INCREMENT COMMENT 'line id, as the bank file and the return file name it',
  roll_id        CHAR(36)      NOT NULL COMMENT 'the roll',
  pay_month      CHAR(7)       NOT NULL COMMENT 'the month paid, yyyy-MM',
  household_key  CHAR(64)      NOT NULL COMMENT 'blind index of the household',
  item_code      VARCHAR(32)   NOT NULL COMMENT 'the item paid',
  case_id        CHAR(36)      NOT NULL COMMENT 'the granted item case paid',
  application_id CHAR(36)      NOT NULL COMMENT 'the application of that case',
  community_code VARCHAR(12)   NOT NULL COMMENT 'community of the household',
  amount         DECIMAL(12,2) NOT NULL COMMENT 'yuan',
  status         VARCHAR(8)    NOT NULL COMMENT 'PENDING, PAID, FAILED',
  fail_reason    VARCHAR(255)  NULL     COMMENT 'the bank''s reason for a failed line',
  returned_at    DATETIME(3)   NULL     COMMENT 'business time the return file named the line',
  PRIMARY KEY (id),
  UNIQUE KEY uk_payment_line_once (household_key, item_code, pay_month),
  KEY idx_payment_line_roll (roll_id, id),
  KEY idx_payment_line_failed (status, community_code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='payment roll lines: exactly one per household, item and month';
