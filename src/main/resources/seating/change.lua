-- Replaces a hold's seats, all or nothing, keeping its expiry: seats in both sets stay, new ones are
-- taken, dropped ones freed (only where this hold still owns them).
-- KEYS[1] sold set, KEYS[2] the hold's seat set, KEYS[3..2+n] new seat keys, then the hold's current seat keys
-- ARGV[1] hold id, ARGV[2] seat key prefix, ARGV[3..2+n] new seat ids
if redis.call('SISMEMBER', KEYS[1], '~') == 0 then
  return {'NEED_SOLD'}
end
local hold = ARGV[1]
local ttl = redis.call('PTTL', KEYS[2])
if ttl <= 0 then
  return {'GONE'}
end
local conflicts = unavailable(KEYS[1], 3, 0, hold)
if #conflicts > 0 then
  table.insert(conflicts, 1, 'CONFLICT')
  return conflicts
end
needSeatsOf(KEYS[2], ARGV[2])
local asked = missing()
if asked then
  return asked
end
local keep = {}
for a = 3, #ARGV do
  keep[ARGV[a]] = true
end
free(KEYS[2], ARGV[2], hold, keep)
for a = 3, #ARGV do
  redis.call('SET', KEYS[a], hold, 'PX', ttl)
end
redis.call('DEL', KEYS[2])
redis.call('SADD', KEYS[2], unpack(ARGV, 3))
redis.call('PEXPIRE', KEYS[2], ttl)
return {'OK'}
