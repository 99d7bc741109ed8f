-- Writes a hold that the database knows into Redis (after an outage, or after a fail-over lost it): its
-- seats, seat set and the user's current hold, with the time it has left. The database's word wins over
-- whatever is there, and seats the hold dropped while Redis was away (a change on the database path) are let
-- go first: compare-and-delete, so a seat someone else holds now stays theirs.
-- KEYS[1] the hold's seat set, KEYS[2] the user's current hold, KEYS[3..2+n] seat keys, then the keys asked for
-- ARGV[1] hold id, ARGV[2] expiry (ms since the epoch), ARGV[3] seat key prefix, ARGV[4..3+n] seat ids
needSeatsOf(KEYS[1], ARGV[3])
local asked = missing()
if asked then
  return asked
end
free(KEYS[1], ARGV[3], ARGV[1])
for a = 4, #ARGV do
  redis.call('SET', KEYS[a - 1], ARGV[1], 'PXAT', ARGV[2])
end
redis.call('DEL', KEYS[1])
redis.call('SADD', KEYS[1], unpack(ARGV, 4))
redis.call('PEXPIREAT', KEYS[1], ARGV[2])
-- the user's current hold, unless Redis names another one: a newer grant not recorded yet
local current = redis.call('GET', KEYS[2])
if not current or current == ARGV[1] then
  redis.call('SET', KEYS[2], ARGV[1], 'PXAT', ARGV[2])
end
return {'OK'}
