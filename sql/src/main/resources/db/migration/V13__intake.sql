-- Intake: one application per household filing, its members, its timeline and the idempotency keys
-- that make a retried submission return the same application.

CREATE TABLE application_no_sequence (
  id           BIGINT       NOT NULL AUTO_INCREMENT COMMENT 'next number (gaps are allowed)',
  create_time  DATETIME(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3) COMMENT 'when the number was drawn',
  PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='draws the running number of application numbers';

CREATE TABLE application (
  id                      CHAR(36)       NOT NULL COMMENT 'random UUID',
  application_no          VARCHAR(32)    NOT NULL COMMENT 'number shown to people, e.g. YJ20261123000123',
  status                  VARCHAR(32)    NOT NULL COMMENT 'AWAITING_AUTHORIZATION, CHECKING, IN_REVIEW, CLOSED, WITHDRAWN, EXPIRED',
  filed_by                VARCHAR(8)     NOT NULL COMMENT 'SELF or PROXY',
  filer_account_id        VARCHAR(64)    NOT NULL COMMENT 'mobile account (token subject) that filed',
  filer_worker_community  VARCHAR(12)    NULL     COMMENT 'community of the worker who filed by proxy',
  applicant_name          VARCHAR(64)    NOT NULL COMMENT 'applicant name',
  applicant_id_number_enc VARBINARY(255) NOT NULL COMMENT 'applicant ID number, AES-GCM encrypted',
  applicant_id_number_hash CHAR(64)      NOT NULL COMMENT 'keyed hash of the applicant ID number',
  applicant_phone_enc     VARBINARY(255) NOT NULL COMMENT 'applicant phone, AES-GCM encrypted',
  applicant_phone_hash    CHAR(64)       NOT NULL COMMENT 'keyed hash of the applicant phone (finds own applications)',
  community_code          VARCHAR(12)    NOT NULL COMMENT 'community (region level COMMUNITY) of the household',
  address_enc             VARBINARY(1024) NOT NULL COMMENT 'home address, AES-GCM encrypted',
  owns_home               BOOLEAN        NOT NULL COMMENT 'the household owns its home',
  home_area_sqm           DECIMAL(10,2)  NOT NULL COMMENT 'floor area of the home',
  hardship_causes         VARCHAR(255)   NOT NULL COMMENT 'comma-separated causes stated by the applicant',
  narrative_enc           VARBINARY(8192) NULL    COMMENT 'free-text account of the hardship, AES-GCM encrypted',
  id_card_file_id         VARCHAR(64)    NOT NULL COMMENT 'stored file with the ID-card photo',
  submitted_at            DATETIME(3)    NOT NULL COMMENT 'submission time',
  closed_reason           VARCHAR(64)    NULL     COMMENT 'why it was closed or expired (message key suffix)',
  closed_at               DATETIME(3)    NULL     COMMENT 'when it was closed or expired',
  create_by               VARCHAR(64)    NOT NULL COMMENT 'who created the row',
  create_time             DATETIME(3)    NOT NULL DEFAULT CURRENT_TIMESTAMP(3) COMMENT 'row created',
  update_by               VARCHAR(64)    NULL     COMMENT 'who last changed the row',
  update_time             DATETIME(3)    NULL     COMMENT 'row last changed',
  PRIMARY KEY (id),
  UNIQUE KEY uk_application_no (application_no),
  KEY idx_application_filer (filer_account_id, submitted_at),
  KEY idx_application_applicant_phone (applicant_phone_hash, submitted_at),
  KEY idx_application_status (status)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='applications for assistance (one per filing)';

CREATE TABLE household_member (
  application_id          CHAR(36)       NOT NULL COMMENT 'application',
  seq                     INT            NOT NULL COMMENT 'position in the filed member list (0-based)',
  name                    VARCHAR(64)    NOT NULL COMMENT 'member name',
  id_number_enc           VARBINARY(255) NOT NULL COMMENT 'ID number, AES-GCM encrypted',
  id_number_hash          CHAR(64)       NOT NULL COMMENT 'keyed hash of the ID number',
  relation                VARCHAR(16)    NOT NULL COMMENT 'SELF, SPOUSE, CHILD, PARENT, SIBLING, GRANDPARENT, GRANDCHILD, OTHER',
  phone_enc               VARBINARY(255) NULL     COMMENT 'phone, AES-GCM encrypted',
  phone_hash              CHAR(64)       NULL     COMMENT 'keyed hash of the phone',
  birth_date              DATE           NOT NULL COMMENT 'birth date read from the ID number',
  health_enc              VARBINARY(255) NULL     COMMENT 'health data (disability grade), AES-GCM encrypted',
  student                 BOOLEAN        NOT NULL DEFAULT FALSE COMMENT 'in education',
  employment              VARCHAR(16)    NULL     COMMENT 'EMPLOYED, UNEMPLOYED, RETIRED, STUDENT, UNABLE',
  requires_authorization  BOOLEAN        NOT NULL COMMENT 'an adult other than the applicant who must co-sign',
  create_time             DATETIME(3)    NOT NULL DEFAULT CURRENT_TIMESTAMP(3) COMMENT 'row created',
  PRIMARY KEY (application_id, seq),
  UNIQUE KEY uk_household_member_person (application_id, id_number_hash)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='household members as filed with an application';

CREATE TABLE application_event (
  id              BIGINT       NOT NULL AUTO_INCREMENT COMMENT 'surrogate key',
  application_id  CHAR(36)     NOT NULL COMMENT 'application',
  event_time      DATETIME(3)  NOT NULL COMMENT 'when it happened',
  event_code      VARCHAR(48)  NOT NULL COMMENT 'event, translated by the bundle key application.event.<code>',
  actor_kind      VARCHAR(16)  NOT NULL COMMENT 'APPLICANT, WORKER, MEMBER or SYSTEM',
  actor_name      VARCHAR(64)  NULL     COMMENT 'masked name of the person who acted, if a member',
  PRIMARY KEY (id),
  KEY idx_application_event_app (application_id, event_time)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='timeline of an application';

CREATE TABLE idempotency_key (
  owner_account_id  VARCHAR(64)  NOT NULL COMMENT 'account that sent the key',
  idem_key          VARCHAR(128) NOT NULL COMMENT 'the Idempotency-Key header',
  request_sha256    CHAR(64)     NOT NULL COMMENT 'SHA-256 of the canonical request JSON',
  application_id    CHAR(36)     NOT NULL COMMENT 'the application the first request created',
  create_time       DATETIME(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3) COMMENT 'row created',
  PRIMARY KEY (owner_account_id, idem_key)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='idempotency keys of application submissions';
