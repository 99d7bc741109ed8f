-- The seat rules every seat script keeps, sent in front of each of them (see RedisSeatLocks).

-- The requested seats that are sold, or held by any hold but `mine` (a hold id; false: any hold at all).
-- Their keys are KEYS[first..], their ids ARGV[first + shift ..] in the same order.
local function unavailable(sold, first, shift, mine)
  local conflicts = {}
  for i = first, #KEYS do
    local seat = ARGV[i + shift]
    if redis.call('SISMEMBER', sold, seat) == 1 then
      conflicts[#conflicts + 1] = seat
    else
      local owner = redis.call('GET', KEYS[i])
      if owner and owner ~= mine then
        conflicts[#conflicts + 1] = seat
      end
    end
  end
  return conflicts
end

-- Frees the seats in a hold's seat set that the hold still owns (compare-and-delete), but those in `keep`.
local function free(seatSet, prefix, hold, keep)
  for _, seat in ipairs(redis.call('SMEMBERS', seatSet)) do
    if not (keep and keep[seat]) then
      local key = prefix .. seat
      if redis.call('GET', key) == hold then
        redis.call('DEL', key)
      end
    end
  end
end

