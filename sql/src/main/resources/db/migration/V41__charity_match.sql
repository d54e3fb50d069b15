-- The charity projects the assessment matched to an application (shown in the application view).

CREATE TABLE application_charity_match (
  application_id CHAR(36)      NOT NULL COMMENT 'application',
  rank_no        INT           NOT NULL COMMENT 'position, best first (0-based)',
  project_id     VARCHAR(64)   NOT NULL COMMENT 'charity project',
  name           VARCHAR(128)  NOT NULL COMMENT 'project name at matching time',
  organisation   VARCHAR(128)  NOT NULL COMMENT 'organisation name at matching time',
  score          INT           NOT NULL COMMENT 'match score, higher is better',
  reasons        TEXT          NOT NULL COMMENT 'JSON array of reasons in Chinese',
  create_time    DATETIME(3)   NOT NULL COMMENT 'row created (business time)',
  PRIMARY KEY (application_id, rank_no)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='charity projects matched to an application at assessment';
