-- The seat rules every seat script keeps, sent in front of each of them (see RedisSeatLocks).

-- Every key a script touches is declared in KEYS, so that Redis Cluster runs it on the shard of its show. A
-- key the script learns of only as it runs (the seats in a hold's seat set, the user's previous hold) is asked
-- for: before it changes anything the script answers {'NEED', key...}, and the caller runs it again with
-- those keys added after the ones it declared.
local declared = {}
for _, key in ipairs(KEYS) do
  declared[key] = true
end
local needed = {}

local function need(key)
  if not declared[key] then
    needed[#needed + 1] = key
  end
  return declared[key]
end

-- {'NEED', key...} when a key is missing, else nil.
local function missing()
  if #needed == 0 then
    return nil
  end
  table.insert(needed, 1, 'NEED')
  return needed
end

-- Asks for the seat keys of the seats in a hold's seat set.
local function needSeatsOf(seatSet, prefix)
  for _, seat in ipairs(redis.call('SMEMBERS', seatSet)) do
    need(prefix .. seat)
  end
end

-- The requested seats that are sold, or held by any hold but `mine` (a hold id; false: any hold at all).
-- Their ids are ARGV[firstArg..], their keys KEYS[firstArg - shift ..] in the same order.
local function unavailable(sold, firstArg, shift, mine)
  local conflicts = {}
  for a = firstArg, #ARGV do
    local seat = ARGV[a]
    if redis.call('SISMEMBER', sold, seat) == 1 then
      conflicts[#conflicts + 1] = seat
    else
      local owner = redis.call('GET', KEYS[a - shift])
      if owner and owner ~= mine then
        conflicts[#conflicts + 1] = seat
      end
    end
  end
  return conflicts
end

-- Frees the seats in a hold's seat set that the hold still owns (compare-and-delete), but those in `keep`.
-- Only after needSeatsOf(seatSet) found every key declared.
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

