-- Issue 7: one open (or granted) application per household. Every member's ID number of a filed
-- application claims the household here; the primary key decides a race between two filings of the
-- same household (never check-then-insert). A claim whose application ended without a grant
-- (withdrawn, expired, refused, closed with nothing granted) is stale and is taken over by the next
-- filing.
CREATE TABLE household_claim (
  id_number_hash  CHAR(64)     NOT NULL COMMENT 'keyed hash (blind index) of a member ID number',
  application_id  CHAR(36)     NOT NULL COMMENT 'the application that covers this person now',
  create_by       VARCHAR(64)  NOT NULL COMMENT 'account that filed the claiming application',
  create_time     DATETIME(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3) COMMENT 'row created',
  update_time     DATETIME(3)  NULL     COMMENT 'taken over from a stale claim',
  PRIMARY KEY (id_number_hash),
  KEY idx_household_claim_application (application_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='which application covers each person (household duplicate detection)';

-- the applications open today, and the closed ones with a grant, claim their members
INSERT IGNORE INTO household_claim (id_number_hash, application_id, create_by)
SELECT m.id_number_hash, a.id, a.filer_account_id
  FROM household_member m
  JOIN application a ON a.id = m.application_id
 WHERE a.status IN ('AWAITING_AUTHORIZATION', 'CHECKING', 'IN_REVIEW')
    OR (a.status = 'CLOSED' AND EXISTS (SELECT 1 FROM item_case c WHERE c.application_id = a.id AND c.status = 'GRANTED'))
 ORDER BY a.submitted_at;
