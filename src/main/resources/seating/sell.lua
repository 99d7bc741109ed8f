-- Records a committed sale: the seats join the show's sold set, then the hold's keys go (compare-and-delete).
-- KEYS[1] sold set, KEYS[2] the hold's seat set, KEYS[3] the user's current hold, KEYS[4..] the hold's seat keys
-- ARGV[1] hold id, ARGV[2] seat key prefix, ARGV[3] when the sold set may go (ms since the epoch), ARGV[4..] seat ids
needSeatsOf(KEYS[2], ARGV[2])
local asked = missing()
if asked then
  return asked
end
redis.call('SADD', KEYS[1], unpack(ARGV, 4))
redis.call('PEXPIREAT', KEYS[1], ARGV[3])
free(KEYS[2], ARGV[2], ARGV[1])
redis.call('DEL', KEYS[2])
if redis.call('GET', KEYS[3]) == ARGV[1] then
  redis.call('DEL', KEYS[3])
end
return {'OK'}
