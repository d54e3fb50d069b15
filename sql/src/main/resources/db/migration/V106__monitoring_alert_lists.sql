-- Issue 9: an alert's item list and its follow-up cases grow with the items a household holds. A household
-- that held 低保 and ten items following from it lost all eleven at once in the demo: eleven case ids
-- (36 characters and a comma each) did not fit VARCHAR(400), so the automatic follow-up failed and the alert
-- stayed open. Both lists are now TEXT (21 items at most, but no width to outgrow).
ALTER TABLE monitoring_alert MODIFY COLUMN items TEXT NOT NULL COMMENT 'JSON: [{itemCode, oldAmount, newAmount}]';
ALTER TABLE monitoring_alert MODIFY COLUMN follow_up_cases TEXT NULL COMMENT 'comma-separated item cases opened as the follow-up review';
