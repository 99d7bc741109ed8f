-- Admits the next customers of a waiting room: one every `interval` ms (admitPerMinute spread evenly), only
-- while fewer than maxShoppers passes are live, lowest position first. Every instance calls it; Redis runs
-- it atomically, so no two instances ever admit more than the settings allow.
-- KEYS[1] state (hash: opened, seq, lastAdmitAt), KEYS[2] line, KEYS[3] passes (zset: expiry), KEYS[4] entries,
-- KEYS[5] recent admissions (zset: when)
-- ARGV[1] the longest the caller may go between calls (ms): credit for admissions is kept that long at most;
-- ARGV[2] opensAt (ms since the epoch), ARGV[3] ms between admissions, ARGV[4] maxShoppers, ARGV[5] pass ms
-- Answers {state, user, joinedAt, ...} with state WAIT, NEED_OPEN or OK and the customers admitted now.
local clock = redis.call('TIME')
local now = clock[1] * 1000 + math.floor(clock[2] / 1000)
local state = redis.call('HMGET', KEYS[1], 'opened', 'lastAdmitAt')
local opensAt = tonumber(ARGV[2])
if state[1] ~= '1' then
  if now >= opensAt then
    return {'NEED_OPEN'}
  end
  return {'WAIT'}
end
if now < opensAt then
  return {'WAIT'}
end
local interval, maxShoppers, passMs = tonumber(ARGV[3]), tonumber(ARGV[4]), tonumber(ARGV[5])
redis.call('ZREMRANGEBYSCORE', KEYS[3], '-inf', now)
redis.call('ZREMRANGEBYSCORE', KEYS[5], '-inf', now - 60000)
-- no credit saved up while nobody waits or the room is full: admissions never come in a burst
local last = math.max(tonumber(state[2]) or opensAt, now - math.max(interval, tonumber(ARGV[1])))
local due = math.floor((now - last) / interval)
local room = maxShoppers - redis.call('ZCARD', KEYS[3])
local count = math.min(due, room, redis.call('ZCARD', KEYS[2]))
if count <= 0 then
  redis.call('HSET', KEYS[1], 'lastAdmitAt', tostring(math.max(last, now - interval)))
  return {'OK'}
end
local admitted = {'OK'}
local popped = redis.call('ZPOPMIN', KEYS[2], count)
for i = 1, #popped, 2 do
  local user = popped[i]
  local entry = redis.call('HGET', KEYS[4], user) or ('|' .. now .. '||')
  local id, joinedAt = string.match(entry, '^([^|]*)|([^|]*)|')
  redis.call('HSET', KEYS[4], user, id .. '|' .. joinedAt .. '|' .. now .. '|' .. (now + passMs))
  redis.call('ZADD', KEYS[3], now + passMs, user)
  redis.call('ZADD', KEYS[5], now, user)
  admitted[#admitted + 1] = user
  admitted[#admitted + 1] = joinedAt
end
redis.call('HSET', KEYS[1], 'lastAdmitAt', tostring(last + count * interval))
return admitted
