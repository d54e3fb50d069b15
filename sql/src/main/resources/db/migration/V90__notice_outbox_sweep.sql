-- The outbox sweep (issue 10) finds SMS notices still unsent some time after they were queued: a node
-- that committed a notice and died before its after-commit send leaves such a row behind.
CREATE INDEX idx_application_notice_unsent ON application_notice (sent_at, channel, create_time);
