-- The daily upload allowance counts an owner's files of the last 24 hours
-- (SELECT COUNT(*) FROM stored_file WHERE owner_account_id = ? AND create_time >= ?). With an index on the owner
-- alone it read every file the owner ever uploaded: a community worker who files for a whole street reads
-- thousands of rows per upload (found with MariaDB's slow log under the load harness, issue 10).
-- Owner and time together make it a range of today's files.
CREATE INDEX idx_stored_file_owner_time ON stored_file (owner_account_id, create_time);
ALTER TABLE stored_file DROP INDEX idx_stored_file_owner;
