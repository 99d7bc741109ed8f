-- Frees a hold's seats: compare-and-delete, so only keys this hold still owns go.
-- KEYS[1] the hold's seat set, KEYS[2] the user's current hold, KEYS[3..] the hold's seat keys
-- ARGV[1] hold id, ARGV[2] seat key prefix
needSeatsOf(KEYS[1], ARGV[2])
local asked = missing()
if asked then
  return asked
end
free(KEYS[1], ARGV[2], ARGV[1])
redis.call('DEL', KEYS[1])
if redis.call('GET', KEYS[2]) == ARGV[1] then
  redis.call('DEL', KEYS[2])
end
return {'OK'}
