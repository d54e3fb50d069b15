-- One row per phone that ever asked for a code: locked (SELECT ... FOR UPDATE) while a code is issued,
-- so concurrent requests for one phone are counted one after the other and the limit holds.
CREATE TABLE sms_phone_lock (
  phone_hash   CHAR(64)    NOT NULL COMMENT 'keyed hash of the phone',
  create_time  DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) COMMENT 'first request',
  PRIMARY KEY (phone_hash)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='per-phone lock rows serialising SMS code issue';
