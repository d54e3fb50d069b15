-- Every real-name check an account asks for (POST /me/real-name that reaches the RealNameVerifier port: in
-- production a paid carrier or face check). RealNameBinding counts an account's checks of the last 24 hours of
-- business time and refuses more than assist.real-name.daily-per-account (default 5) with 429, so one account
-- cannot run up the bill or probe names and ID numbers against its phone (issue 7, "Trust at intake").
-- Rows older than two days are deleted by the next check of the same account.
CREATE TABLE real_name_attempt (
  id           BIGINT       NOT NULL AUTO_INCREMENT,
  account_id   VARCHAR(64)  NOT NULL COMMENT 'account (token subject) that asked for the check',
  attempt_time DATETIME(3)  NOT NULL COMMENT 'business time the check was asked for',
  PRIMARY KEY (id),
  KEY idx_real_name_attempt_account_time (account_id, attempt_time)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='real-name checks per account, for the daily cap';
