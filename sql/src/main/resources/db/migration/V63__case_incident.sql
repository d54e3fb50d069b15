-- Issue 7: an asynchronous step that fails never leaves a case silently stuck. When a job of a case's
-- process has used up its retries (Flowable's dead-letter table), an incident is recorded here for
-- staff, the application shows that it is delayed, and an administrator can retry the job once the
-- cause is fixed.
CREATE TABLE case_incident (
  id              BIGINT        NOT NULL AUTO_INCREMENT COMMENT 'incident id',
  application_id  CHAR(36)      NULL     COMMENT 'application the failed step belongs to (null when unknown)',
  job_id          VARCHAR(64)   NOT NULL COMMENT 'Flowable job id (in ACT_RU_DEADLETTER_JOB while OPEN)',
  process_instance_id VARCHAR(64) NULL   COMMENT 'Flowable process instance of the job',
  element_id      VARCHAR(255)  NULL     COMMENT 'BPMN element of the failed step, e.g. runEconomicCheck',
  cause           VARCHAR(500)  NOT NULL COMMENT 'exception class and message of the last attempt (no personal data)',
  status          VARCHAR(16)   NOT NULL COMMENT 'OPEN, RETRIED',
  create_time     DATETIME(3)   NOT NULL DEFAULT CURRENT_TIMESTAMP(3) COMMENT 'when the job was dead-lettered',
  update_by       VARCHAR(64)   NULL     COMMENT 'staff account that retried it',
  update_time     DATETIME(3)   NULL     COMMENT 'when it was retried',
  PRIMARY KEY (id),
  UNIQUE KEY uk_case_incident_job (job_id, create_time),
  KEY idx_case_incident_status (status, create_time),
  KEY idx_case_incident_application (application_id, status)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='failed asynchronous steps awaiting staff (dead-letter view)';
