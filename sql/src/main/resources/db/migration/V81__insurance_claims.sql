-- Insurance claims (救助+保险, issue 9): for a household granted 低保 or 特困 with own-paid medical expenses,
-- a claim of the supplementary medical insurance (惠民济困保) is offered, filed with the insurer (a port)
-- once the resident consents, and answered by the insurer later; a payout lowers the medical-aid amount
-- still to be decided (item_case.proposed_amount of the open MEDICAL_AID case), with the reason.
-- Portable between MySQL 8 / MariaDB 10.11 and H2 in MySQL mode.

CREATE TABLE insurance_claim (
  id                   CHAR(36)      NOT NULL COMMENT 'random UUID; also the claim reference sent to the insurer',
  application_id       CHAR(36)      NOT NULL COMMENT 'application whose grant made the household eligible',
  household_key        CHAR(64)      NOT NULL COMMENT 'blind index of the household (applicant ID hash)',
  trigger_case_id      CHAR(36)      NOT NULL COMMENT 'the granted DIBAO or TEKUN item case the claim follows (one claim per grant)',
  insurer              VARCHAR(64)   NOT NULL COMMENT 'insurance product and insurer, e.g. 惠民济困保',
  status               VARCHAR(20)   NOT NULL COMMENT 'AWAITING_CONSENT, FILED, PAID, REJECTED, CONSENT_REFUSED',
  amount_claimed       DECIMAL(12,2) NOT NULL COMMENT 'own-paid medical expenses of the household, last 12 months (yuan)',
  amount_paid          DECIMAL(12,2) NULL     COMMENT 'payout the insurer decided (yuan); NULL until PAID',
  reason               VARCHAR(500)  NULL     COMMENT 'the insurer''s reason (rejection or payout rule), Chinese',
  insurer_ref          VARCHAR(64)   NULL     COMMENT 'the insurer''s own reference of the claim',
  medical_aid_case_id  CHAR(36)      NULL     COMMENT 'MEDICAL_AID case whose amount to decide the payout lowered',
  consent_by           VARCHAR(64)   NULL     COMMENT 'mobile account that consented (or refused)',
  consent_at           DATETIME(3)   NULL     COMMENT 'when it consented or refused (business time)',
  filed_at             DATETIME(3)   NULL     COMMENT 'when the claim was handed to the insurer (business time)',
  decided_at           DATETIME(3)   NULL     COMMENT 'when the insurer answered (business time)',
  create_by            VARCHAR(64)   NOT NULL COMMENT 'who created the row',
  create_time          DATETIME(3)   NOT NULL COMMENT 'row created = claim offered (business time)',
  update_by            VARCHAR(64)   NULL     COMMENT 'who last changed the row',
  update_time          DATETIME(3)   NULL     COMMENT 'row last changed (business time)',
  PRIMARY KEY (id),
  UNIQUE KEY uk_insurance_claim_trigger (trigger_case_id),
  KEY idx_insurance_claim_application (application_id),
  KEY idx_insurance_claim_status (status, filed_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='claims of the 惠民济困保 supplementary medical insurance filed for residents';
