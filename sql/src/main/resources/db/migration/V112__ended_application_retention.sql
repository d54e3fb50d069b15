-- Retention of ended applications' personal data (issue 7, review M11; PIPL arts. 19 and 47):
-- EndedApplicationRetention anonymises an application that ended without a grant in force once its retention
-- period has passed. The personal columns it clears become NULL-able; when it did is recorded.

ALTER TABLE application ADD COLUMN anonymised_at DATETIME(3) NULL COMMENT 'business time the personal data was removed (retention); NULL while kept';

ALTER TABLE application MODIFY COLUMN applicant_id_number_enc VARBINARY(255) NULL COMMENT 'applicant ID number, AES-GCM encrypted; NULL once anonymised';
ALTER TABLE application MODIFY COLUMN applicant_id_number_hash CHAR(64) NULL COMMENT 'keyed hash of the applicant ID number; NULL once anonymised';
ALTER TABLE application MODIFY COLUMN applicant_phone_enc VARBINARY(255) NULL COMMENT 'applicant phone, AES-GCM encrypted; NULL once anonymised';
ALTER TABLE application MODIFY COLUMN applicant_phone_hash CHAR(64) NULL COMMENT 'keyed hash of the applicant phone; NULL once anonymised';
ALTER TABLE application MODIFY COLUMN address_enc VARBINARY(1024) NULL COMMENT 'home address, AES-GCM encrypted; NULL once anonymised';
ALTER TABLE application MODIFY COLUMN id_card_file_id VARCHAR(64) NULL COMMENT 'stored file with the ID-card photo; NULL once anonymised (file deleted)';

ALTER TABLE household_member MODIFY COLUMN id_number_enc VARBINARY(255) NULL COMMENT 'ID number, AES-GCM encrypted; NULL once anonymised';
ALTER TABLE household_member MODIFY COLUMN id_number_hash CHAR(64) NULL COMMENT 'keyed hash of the ID number; NULL once anonymised';

ALTER TABLE home_visit MODIFY COLUMN findings_enc VARBINARY(8192) NULL COMMENT 'findings, AES-GCM encrypted; NULL once anonymised';

CREATE INDEX idx_application_ended ON application (status, anonymised_at, closed_at);
CREATE INDEX idx_sms_code_created ON sms_code (created_at);
CREATE INDEX idx_sms_outbox_sent ON sms_outbox (sent_at);
CREATE INDEX idx_sms_send_log_sent ON sms_send_log (sent_at);
