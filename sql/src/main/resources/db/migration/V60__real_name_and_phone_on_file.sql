-- Trust at intake (issue 7): the population registry's phone on file, real-name binding of phone
-- accounts, a cumulative wrong-code lock per phone, how a worker checked identity, and a wrong-code
-- count per co-signing token.

ALTER TABLE registry_person
  ADD COLUMN phone_enc VARBINARY(255) NULL COMMENT 'phone on file in the population registry, AES-GCM encrypted; NULL = none on file';
ALTER TABLE registry_person
  ADD COLUMN phone_hash CHAR(64) NULL COMMENT 'keyed hash of the phone on file';

ALTER TABLE mobile_account
  ADD COLUMN real_name VARCHAR(64) NULL COMMENT 'name of the person the account is bound to after a real-name check';
ALTER TABLE mobile_account
  ADD COLUMN real_id_number_enc VARBINARY(255) NULL COMMENT 'ID number of the bound person, AES-GCM encrypted';
ALTER TABLE mobile_account
  ADD COLUMN real_id_number_hash CHAR(64) NULL COMMENT 'keyed hash of the bound ID number';
ALTER TABLE mobile_account
  ADD COLUMN real_name_method VARCHAR(32) NULL COMMENT 'how the real-name check was done (verifier method)';
ALTER TABLE mobile_account
  ADD COLUMN real_name_reference VARCHAR(128) NULL COMMENT 'verifier reference of the check (no personal data)';
ALTER TABLE mobile_account
  ADD COLUMN real_name_verified_at DATETIME(3) NULL COMMENT 'business time of the real-name check';

ALTER TABLE sms_phone_lock
  ADD COLUMN failed_count INT NOT NULL DEFAULT 0 COMMENT 'wrong codes for this phone in the current window, across codes';
ALTER TABLE sms_phone_lock
  ADD COLUMN failed_window_start DATETIME(3) NULL COMMENT 'start of the 24-hour window of failed_count';
ALTER TABLE sms_phone_lock
  ADD COLUMN locked_until DATETIME(3) NULL COMMENT 'no code for this phone is accepted before this business time';

ALTER TABLE application
  ADD COLUMN identity_check VARCHAR(32) NULL COMMENT 'proxy filing: how the worker checked identity (ID_CARD_IN_PERSON, HOUSEHOLD_REGISTER_IN_PERSON, GUARDIAN_DOCUMENT)';

ALTER TABLE authorization_token
  ADD COLUMN failed_attempts INT NOT NULL DEFAULT 0 COMMENT 'failed signing attempts with this token; void after 5';

CREATE TABLE sms_send_log (
  id             BIGINT      NOT NULL AUTO_INCREMENT COMMENT 'surrogate key',
  phone_hash     CHAR(64)    NOT NULL COMMENT 'keyed hash of the recipient phone',
  applicant_key  CHAR(64)    NULL COMMENT 'keyed hash of the applicant ID number the text was sent for (reminders, co-signing codes); NULL for logins',
  kind           VARCHAR(16) NOT NULL COMMENT 'LOGIN_CODE, COSIGN_CODE, REMINDER, MESSAGE',
  sent_at        DATETIME(3) NOT NULL COMMENT 'business time the text went to the gateway',
  PRIMARY KEY (id),
  KEY idx_sms_send_log_phone (phone_hash, sent_at),
  KEY idx_sms_send_log_applicant (applicant_key, sent_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='every outbound SMS, for the daily budgets per phone and per applicant';

ALTER TABLE authorization_record
  MODIFY COLUMN identity_method VARCHAR(32) NOT NULL COMMENT 'APPLICANT_REAL_NAME, PHONE_ON_FILE_SMS, MEMBER_IN_PERSON, GUARDIAN_IN_PERSON, GUARDIAN, WORKER_IN_PERSON (older: APPLICANT_LOGIN, NAME_ID_SMS)';
ALTER TABLE authorization_record
  ADD COLUMN evidence VARCHAR(512) NULL COMMENT 'how identity was verified, without personal data: verifier reference, hashes of the code id, token, phone on file; the guardian; the worker (sealed from seal_version 2)';
ALTER TABLE authorization_record
  ADD COLUMN seal_version INT NOT NULL DEFAULT 1 COMMENT '1: newline-joined fields; 2: length-prefixed fields including evidence, under the seal key';
