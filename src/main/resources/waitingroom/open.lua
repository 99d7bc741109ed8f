-- Opens a waiting room: the pre-queue, shuffled by the caller (a cryptographic shuffle), takes the first
-- places of the line in that order. Once only; answers -1 when the pre-queue is not the one the caller read.
-- KEYS[1] state, KEYS[2] pre-queue, KEYS[3] line; ARGV the pre-queue's members, shuffled
if redis.call('HGET', KEYS[1], 'opened') == '1' then
  return 0
end
if redis.call('SCARD', KEYS[2]) ~= #ARGV then
  return -1
end
for i = 1, #ARGV do
  if redis.call('SISMEMBER', KEYS[2], ARGV[i]) == 0 then
    return -1
  end
  redis.call('ZADD', KEYS[3], i, ARGV[i])
end
redis.call('HSET', KEYS[1], 'opened', '1', 'seq', #ARGV)
redis.call('DEL', KEYS[2])
return 1
