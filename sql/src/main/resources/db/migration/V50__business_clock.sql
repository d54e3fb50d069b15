-- The business clock's offset, shared by every node of both apps (the demo clock moves it).

CREATE TABLE business_clock (
  id          INT          NOT NULL COMMENT 'always 1: the table holds one row',
  offset_ms   BIGINT       NOT NULL DEFAULT 0 COMMENT 'milliseconds the business clock runs ahead of system time',
  updated_at  DATETIME(3)  NOT NULL COMMENT 'system time of the last change',
  PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='business clock offset shared by all nodes (one row)';

INSERT INTO business_clock (id, offset_ms, updated_at) VALUES (1, 0, CURRENT_TIMESTAMP(3));
