-- Issue 8 / security review M6: audit entries are kept online at least assist.audit.retention-days (never
-- fewer than 180: CSL art. 21); older entries may be archived to a file and then removed from audit_log by
-- the retention job (AuditRetention). Each archive leaves an anchor: the seq and hash of the last archived
-- entry, sealed with the audit key, so the verifier walks the chain on from the newest anchor and the
-- archive file itself verifies offline from the anchor before it. Anchors are never deleted.
-- Grants: the node that runs the archive job needs DELETE on audit_log and INSERT on audit_anchor (README).
CREATE TABLE audit_anchor (
  id             BIGINT       NOT NULL AUTO_INCREMENT COMMENT 'surrogate key',
  anchor_seq     BIGINT       NOT NULL COMMENT 'seq of the last archived entry; the retained chain starts after it',
  anchor_hash    CHAR(64)     NOT NULL COMMENT 'entry_hash of that entry: the prev_hash the next entry must carry',
  first_seq      BIGINT       NOT NULL COMMENT 'seq of the first entry in this archive',
  entries        BIGINT       NOT NULL COMMENT 'how many entries the archive holds',
  newest_at      DATETIME(3)  NOT NULL COMMENT 'occurred_at of the newest archived entry (older than the retention)',
  archived_at    DATETIME(3)  NOT NULL COMMENT 'when the archive was written (UTC wall clock)',
  archive_name   VARCHAR(128) NOT NULL COMMENT 'file name of the archive (JSON lines) in the archive directory',
  archive_sha256 CHAR(64)     NOT NULL COMMENT 'SHA-256 of the archive file',
  seal           CHAR(64)     NOT NULL COMMENT 'HMAC-SHA256 under the audit key over the fields above',
  PRIMARY KEY (id),
  UNIQUE KEY uk_audit_anchor_seq (anchor_seq)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='where the retained audit chain starts after archiving';
