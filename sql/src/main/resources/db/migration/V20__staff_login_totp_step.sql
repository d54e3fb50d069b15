-- Staff login: remember the last accepted TOTP time step so one code cannot be used twice.

ALTER TABLE staff_account
  ADD COLUMN last_totp_step BIGINT NULL COMMENT 'last accepted TOTP time step (Unix seconds / 30); a code of this step or earlier is refused';
