-- Dynamic monitoring (issue 9), cluster-safe runs and the data feed's change events:
-- one screening run at a time across every node (a lease row that a run takes, renews while it works and
-- gives back; a node that dies lets it lapse), and the lookup of the households a changed person belongs to.
-- Portable between MySQL 8 / MariaDB 10.11 and H2 in MySQL mode.

CREATE TABLE monitoring_lease (
  name        VARCHAR(32)  NOT NULL COMMENT 'what is leased: SCREENING (the screening runs of the whole cluster)',
  holder      VARCHAR(160) NULL     COMMENT 'node and run holding it (host:pid/run id); NULL when free',
  expires_at  DATETIME(3)  NULL     COMMENT 'wall-clock time (UTC) the lease lapses unless renewed',
  PRIMARY KEY (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='leases that keep cluster-wide work on one node at a time';

INSERT INTO monitoring_lease (name, holder, expires_at) VALUES ('SCREENING', NULL, NULL);

CREATE INDEX idx_household_member_person ON household_member (id_number_hash);

-- Monthly payments: a failed line of the bank's return file becomes a follow-up case in the district's inbox,
-- exactly once per line.
ALTER TABLE payment_line ADD COLUMN follow_up_case_id CHAR(36) NULL COMMENT 'the follow-up item case (district inbox task) opened for a failed line';

-- Insurance (救助+保险): a claim the insurer could not be reached for is filed again by a sweep, so none is lost.
ALTER TABLE insurance_claim ADD COLUMN handed_at DATETIME(3) NULL COMMENT 'when the insurer took the filing (business time); NULL while a FILED claim must still be handed over';
ALTER TABLE insurance_claim ADD COLUMN file_attempts INT NOT NULL DEFAULT 0 COMMENT 'attempts by the re-file sweep to hand the claim over';
ALTER TABLE insurance_claim ADD COLUMN next_attempt_at DATETIME(3) NULL COMMENT 'when the re-file sweep may try again (business time)';
CREATE INDEX idx_insurance_claim_refile ON insurance_claim (status, handed_at, next_attempt_at);
