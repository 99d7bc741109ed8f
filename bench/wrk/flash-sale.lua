-- The closed-loop phases of the flash-sale benchmark, for wrk (a C load generator whose own cost stays small
-- next to the server's on a machine both share). Run by com.boxoffice.bench.Wrk:
--   wrk -t2 -c48 -d20s -s bench/wrk/flash-sale.lua http://localhost:9280 -- trivial
--   wrk -t2 -c48 -d20s -s bench/wrk/flash-sale.lua http://localhost:9280 -- holds <tokens file> <show id[,show id...]> <rows> <seats a row>
--   wrk ... -- refused <tokens file> <show id> [one]
--   wrk ... -- poll <tokens file> <movie id>
-- "trivial" asks GET /api/time; "trivial-close" the same on a new connection each time (as every refused hold gets,
-- since the server closes the connection after a 409); "holds" asks, as a random customer (one token a line of the
-- file), for 1-4 adjacent seats of one show (of one of the shows, picked at random for each request); "refused" sends a hold with no seats, which the server refuses (400)
-- after checking the token and reading the body, before any seat is looked at: the floor of a signed-in request
-- ("one": always the first customer's token, which the server's cache of verified tokens then keeps); "poll" asks,
-- as a random customer, for their place in the movie's waiting room (GET .../entries/me).
-- Prints one line: WRK requests= seconds= ok= conflicts= errors= p50= p95= p99= (ms); "refused" counts its 400s as ok.

local threads = {}
local created = 0

function setup(thread)
  created = created + 1
  thread:set("id", created)
  table.insert(threads, thread)
end

local mode, tokens, show, shows, rows, perRow, trivialRequest, oneToken, movie
ok, conflicts, failed = 0, 0, 0

function init(args)
  mode = args[1]
  math.randomseed(os.time() * 1000 + id)
  if mode == "trivial" then
    trivialRequest = wrk.format("GET", "/api/time")
    return
  end
  if mode == "trivial-close" then
    trivialRequest = wrk.format("GET", "/api/time", {["Connection"] = "close"})
    return
  end
  tokens = {}
  for line in io.lines(args[2]) do
    tokens[#tokens + 1] = line
  end
  show, rows, perRow = args[3], tonumber(args[4]), tonumber(args[5])
  shows = {}
  for id in string.gmatch(show or "", "[^,]+") do
    shows[#shows + 1] = id
  end
  if mode == "poll" then
    movie = args[3]
  end
  oneToken = mode == "refused" and args[4] == "one"
end

local function rowLabel(row)
  if row < 26 then
    return string.char(65 + row)
  end
  return "A" .. string.char(65 + row - 26)
end

function request()
  if trivialRequest then
    return trivialRequest
  end
  if mode == "poll" then
    return wrk.format("GET", "/api/waiting-rooms/" .. movie .. "/entries/me", {
      ["Authorization"] = "Bearer " .. tokens[math.random(#tokens)],
    })
  end
  if mode == "refused" then
    local token = oneToken and tokens[1] or tokens[math.random(#tokens)]
    return wrk.format("POST", "/api/holds", {
      ["Content-Type"] = "application/json",
      ["Authorization"] = "Bearer " .. token,
    }, '{"showId":"' .. show .. '","seatIds":[]}')
  end
  local count = math.random(4)
  local label = rowLabel(math.random(rows) - 1)
  local first = math.random(perRow - count + 1)
  local seats = {}
  for n = first, first + count - 1 do
    seats[#seats + 1] = '"' .. label .. n .. '"'
  end
  local body = '{"showId":"' .. shows[math.random(#shows)] .. '","seatIds":[' .. table.concat(seats, ",") .. "]}"
  return wrk.format("POST", "/api/holds", {
    ["Content-Type"] = "application/json",
    ["Authorization"] = "Bearer " .. tokens[math.random(#tokens)],
  }, body)
end

function response(status, headers, body)
  if status < 300 or (mode == "refused" and status == 400) then
    ok = ok + 1
  elseif status == 409 then
    conflicts = conflicts + 1
  else
    failed = failed + 1
  end
end

function done(summary, latency, requests)
  local answered, refused, wrong = 0, 0, 0
  for _, thread in ipairs(threads) do
    answered = answered + thread:get("ok")
    refused = refused + thread:get("conflicts")
    wrong = wrong + thread:get("failed")
  end
  local e = summary.errors
  io.write(string.format("WRK requests=%d seconds=%.3f ok=%d conflicts=%d errors=%d p50=%.3f p95=%.3f p99=%.3f\n",
    summary.requests, summary.duration / 1e6, answered, refused, wrong + e.connect + e.read + e.write + e.timeout,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000))
end
