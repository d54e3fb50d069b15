-- In-app messages to residents (issue 7): refusal, expiry, withdrawal, closing and what other steps tell.

CREATE TABLE in_app_message (
  id                    BIGINT          NOT NULL AUTO_INCREMENT COMMENT 'surrogate key',
  recipient_account_id  VARCHAR(64)     NULL COMMENT 'mobile account the message is for (when known)',
  recipient_id_hash     CHAR(64)        NULL COMMENT 'keyed hash of the ID number of the person it is for (an account bound to that person sees it)',
  application_id        CHAR(36)        NULL COMMENT 'application it is about, if any',
  title                 VARCHAR(128)    NOT NULL COMMENT 'short title, Chinese',
  text_enc              VARBINARY(8192) NOT NULL COMMENT 'message text, AES-GCM encrypted (may carry a reason a member wrote)',
  created_at            DATETIME(3)     NOT NULL COMMENT 'business time it was written',
  read_at               DATETIME(3)     NULL COMMENT 'when the recipient marked it read',
  PRIMARY KEY (id),
  KEY idx_in_app_message_account (recipient_account_id, created_at),
  KEY idx_in_app_message_person (recipient_id_hash, created_at),
  KEY idx_in_app_message_application (application_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='in-app messages to residents, newest first in GET /notifications';
