-- Keeps a hold's seats for longer (while its payment runs): only keys this hold still owns, never shorter.
-- KEYS[1] the hold's seat set, KEYS[2] the user's current hold, KEYS[3] sold set, KEYS[4..] the hold's seat keys
-- ARGV[1] hold id, ARGV[2] ttl ms, ARGV[3] seat key prefix
if redis.call('SISMEMBER', KEYS[3], '~') == 0 then
  return {'NEED_SOLD'}
end
local seats = redis.call('SMEMBERS', KEYS[1])
if #seats == 0 then
  return {'GONE'}
end
needSeatsOf(KEYS[1], ARGV[3])
local asked = missing()
if asked then
  return asked
end
local ttl = tonumber(ARGV[2])
for _, seat in ipairs(seats) do
  if redis.call('GET', ARGV[3] .. seat) ~= ARGV[1] then
    return {'GONE'}
  end
end
for _, seat in ipairs(seats) do
  local key = ARGV[3] .. seat
  if redis.call('PTTL', key) < ttl then
    redis.call('PEXPIRE', key, ttl)
  end
end
if redis.call('PTTL', KEYS[1]) < ttl then
  redis.call('PEXPIRE', KEYS[1], ttl)
end
if redis.call('GET', KEYS[2]) == ARGV[1] and redis.call('PTTL', KEYS[2]) < ttl then
  redis.call('PEXPIRE', KEYS[2], ttl)
end
return {'OK'}
