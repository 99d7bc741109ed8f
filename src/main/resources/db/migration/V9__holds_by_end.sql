-- When Redis comes back, the keys of holds that ended during the outage are cleared: found by their end time,
-- which no index served (a scan of every hold ever made, on each recovery pass).
CREATE INDEX holds_ended_by_time ON holds (ended_at) WHERE status <> 'ACTIVE';
