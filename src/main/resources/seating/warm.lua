-- Builds a show's Redis state from PostgreSQL (a new show, or Redis restarted empty): its active holds and
-- its sold seats, then the completeness marker "~". Only while the marker is missing: once one request has
-- built the state, a later one (which read PostgreSQL earlier, before holds taken since then ended) must not
-- bring back holds that Redis has released meanwhile.
-- KEYS[1] sold set; then per hold: its seat set, the user's current-hold key, its seat keys
-- ARGV: when the sold set may go (ms since the epoch), number of sold seats, the sold seats; then per hold:
-- hold id, expiry (ms since the epoch), number of seats, seat ids
if redis.call('SISMEMBER', KEYS[1], '~') == 1 then
  return 0
end
local a = 2
local sold = {'~'}
for _ = 1, tonumber(ARGV[a]) do
  a = a + 1
  sold[#sold + 1] = ARGV[a]
end
a = a + 1
local k = 2
while a <= #ARGV do
  local hold, expiry, seats = ARGV[a], ARGV[a + 1], tonumber(ARGV[a + 2])
  a = a + 3
  local holdSet, holder = KEYS[k], KEYS[k + 1]
  k = k + 2
  redis.call('DEL', holdSet)
  for _ = 1, seats do
    redis.call('SET', KEYS[k], hold, 'PXAT', expiry)
    redis.call('SADD', holdSet, ARGV[a])
    k = k + 1
    a = a + 1
  end
  redis.call('PEXPIREAT', holdSet, expiry)
  redis.call('SET', holder, hold, 'PXAT', expiry)
end
redis.call('SADD', KEYS[1], unpack(sold))
redis.call('PEXPIREAT', KEYS[1], ARGV[1])
return 1
