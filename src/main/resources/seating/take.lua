-- Takes every requested seat for a new hold, or none. Releases the user's previous hold of the show, and
-- then keeps its expiry (holding seats again never holds them longer).
-- KEYS[1] sold set, KEYS[2] the user's current hold, KEYS[3] the new hold's seat set, KEYS[4..3+n] seat keys,
-- then the keys asked for: the previous hold's seat set and seat keys
-- ARGV[1] hold id, ARGV[2] expiry (ms since the epoch), ARGV[3] seat key prefix, ARGV[4] hold key prefix,
-- ARGV[5..4+n] seat ids
if redis.call('SISMEMBER', KEYS[1], '~') == 0 then
  return {'NEED_SOLD'}
end
local hold, expiry = ARGV[1], ARGV[2]
local previous = redis.call('GET', KEYS[2])
local conflicts = unavailable(KEYS[1], 5, 1, previous)
if #conflicts > 0 then
  table.insert(conflicts, 1, 'CONFLICT')
  return conflicts
end
local previousKey = previous and ARGV[4] .. previous
if previous and need(previousKey) then
  needSeatsOf(previousKey, ARGV[3])
end
local asked = missing()
if asked then
  return asked
end
if previous then
  local previousExpiry = redis.call('PEXPIRETIME', KEYS[2])
  if previousExpiry > 0 then
    expiry = previousExpiry
  end
  free(previousKey, ARGV[3], previous)
  redis.call('DEL', previousKey)
end
for a = 5, #ARGV do
  redis.call('SET', KEYS[a - 1], hold, 'PXAT', expiry)
end
redis.call('DEL', KEYS[3])
redis.call('SADD', KEYS[3], unpack(ARGV, 5))
redis.call('PEXPIREAT', KEYS[3], expiry)
redis.call('SET', KEYS[2], hold, 'PXAT', expiry)
local now = redis.call('TIME')
-- the grant time as Redis's seconds and microseconds (strings: Lua numbers would lose digits), and the expiry
return {'OK', previous or '', now[1], now[2], tostring(expiry)}
