-- Monthly payments (issue 9): the account a household's grants are paid into (社保卡 / 一卡通 account). The
-- applicant is the payee; the resident (or the worker who filed) gives the account number and the bank. The
-- number is encrypted (PiiField.APPLICATION_PAYEE_ACCOUNT, bound to the application), masked in every response
-- and opened only by the audited bank-file export. A roll line whose application has none stays out of the bank
-- file and is counted as missing an account.
-- Portable between MySQL 8 / MariaDB 10.11 and H2 in MySQL mode.

ALTER TABLE application ADD COLUMN payee_account_enc VARBINARY(512) NULL COMMENT 'payee account number (AES-GCM, row-bound); NULL: none given';
ALTER TABLE application ADD COLUMN payee_bank VARCHAR(64) NULL COMMENT 'bank of the payee account, e.g. 重庆农村商业银行';
ALTER TABLE application ADD COLUMN payee_account_at DATETIME(3) NULL COMMENT 'business time the account was last given';
