-- Issue 11: logging out of the H5 app (我的 → 退出登录) ends the token on the server too. Until now mobile-api had
-- no logout: a token copied before (a shared phone, a stolen session) kept working until it expired. Only the
-- tokens that logged out are kept, so checking a request costs one primary-key lookup; a row past expires_at
-- refuses nothing more and may be deleted.
CREATE TABLE mobile_token_logout (
  jti            CHAR(36)     NOT NULL COMMENT 'token id (jti claim) that logged out',
  subject        VARCHAR(64)  NOT NULL COMMENT 'token subject: mobile account id as text',
  logged_out_at  DATETIME(3)  NOT NULL COMMENT 'when it logged out (UTC wall clock)',
  expires_at     DATETIME(3)  NOT NULL COMMENT 'when the token expires anyway (UTC wall clock)',
  PRIMARY KEY (jti),
  KEY idx_mobile_token_logout_expiry (expires_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='mobile-api tokens refused after logout';
