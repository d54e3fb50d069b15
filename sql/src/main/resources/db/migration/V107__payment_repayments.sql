-- Issue 9, monthly payments: a failed line that the district decides to pay again (its follow-up case
-- approved) is paid once more in the next roll the district builds (补发). The re-payment is a line of that
-- roll's month naming the failed line; the once-key keeps "exactly once per household, item and month" for the
-- month's own lines and "exactly once per failed line" for re-payments.
ALTER TABLE payment_line ADD COLUMN once_key VARCHAR(32) NOT NULL DEFAULT 'MONTH' COMMENT 'MONTH for the month''s own line; REPAY:<line id> for the re-payment of that failed line';
ALTER TABLE payment_line ADD COLUMN repays_line_id BIGINT NULL COMMENT 'the failed line this line pays again (补发); NULL for the month''s own line';
ALTER TABLE payment_line DROP INDEX uk_payment_line_once;
ALTER TABLE payment_line ADD UNIQUE KEY uk_payment_line_once (household_key, item_code, pay_month, once_key);
