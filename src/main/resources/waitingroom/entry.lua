-- A customer's place in a movie's waiting room: joins the line (mode "join") or only looks (mode "look").
-- Before the room opens, joiners go to the pre-queue, which is shuffled at opening; after, to the end of the
-- line. One place per customer: joining again returns the same entry.
-- KEYS[1] state (hash: opened, seq, lastAdmitAt), KEYS[2] pre-queue (set), KEYS[3] line (zset: position),
-- KEYS[4] entries (hash)
-- ARGV[1] user id, ARGV[2] mode, ARGV[3] entry id for a first join, ARGV[4] opensAt (ms since the epoch)
-- Answers {state, entry, rank, now, opened} with state NEED_OPEN, NONE, JOINED or FOUND; entry is
-- "entryId|joinedAt|admittedAt|passExpiresAt" (ms since the epoch, the last two empty until admitted)
local clock = redis.call('TIME')
local now = clock[1] * 1000 + math.floor(clock[2] / 1000)
local opened = redis.call('HGET', KEYS[1], 'opened') == '1'
local entry = redis.call('HGET', KEYS[4], ARGV[1])
local state = 'FOUND'
if not entry then
  if ARGV[2] ~= 'join' then
    return {'NONE'}
  end
  if not opened then
    if now < tonumber(ARGV[4]) then
      redis.call('SADD', KEYS[2], ARGV[1])
    else
      return {'NEED_OPEN'}
    end
  else
    redis.call('ZADD', KEYS[3], redis.call('HINCRBY', KEYS[1], 'seq', 1), ARGV[1])
  end
  entry = ARGV[3] .. '|' .. now .. '||'
  redis.call('HSET', KEYS[4], ARGV[1], entry)
  state = 'JOINED'
end
local rank = redis.call('ZRANK', KEYS[3], ARGV[1])
return {state, entry, rank and tostring(rank) or '', tostring(now), opened and '1' or '0'}
