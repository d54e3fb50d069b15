-- The outcome stage of a screening run pages through the run's OPEN alerts by id (ActingOnAlerts,
-- MonitoringAlertMapper.selectOpenOfRun: run_id = ? AND status = 'OPEN' AND id > ? ORDER BY id LIMIT 200).
-- Before, the only index on run_id was uk_monitoring_alert_run (run_id, household_key, kind): every page read
-- and sorted all of the run's alerts, so a run of about 97,000 alerts (a district-wide standard rise) read
-- about 47 million rows over its 485 pages. This index serves each page as one range in id order.
-- Portable between MySQL 8 / MariaDB 10.11 and H2 in MySQL mode.

CREATE INDEX idx_monitoring_alert_run_open ON monitoring_alert (run_id, status, id);
