-- Issue 8: item cases exist only for items in play (eligible, needs review, joint pushes). The decisions on
-- the other items of the happiness list stay with the assessment and open no department case, so no
-- department can reach an application through an item it does not handle. Plus the rules' proposed amount
-- on each case, which the approver confirms or changes with a reason.
ALTER TABLE application_assessment
  ADD COLUMN settled_items TEXT NULL COMMENT 'JSON: items decided at assessment with no case: [{code, status, reasons, departmentCode}]';
ALTER TABLE item_case
  ADD COLUMN proposed_amount DECIMAL(12,2) NULL COMMENT 'amount the rules propose before a decision (yuan; per month for monthly items)';
