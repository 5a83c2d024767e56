-- wrk script: each request asks GET /api/claims?q= with the next of the benchmark's stored queries (queries.txt,
-- one per line, exported from bench_query), each thread starting at a different place in the list.
local queries = {}
local function encode(s)
  return (s:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end
for line in io.lines("queries.txt") do
  queries[#queries + 1] = "/api/claims?q=" .. encode(line)
end
local counter = 0
function setup(thread)
  thread:set("offset", counter * 997)
  counter = counter + 1
end
local i = 0
function request()
  i = i + 1
  return wrk.format("GET", queries[((offset or 0) + i) % #queries + 1])
end
-- THINK_MS=N: each connection pauses a random 0 to 2N ms (N on average) before its next lookup, as a person or
-- program asking again after reading an answer; unset, each asks again at once (the closed-loop worst case).
local think = tonumber(os.getenv("THINK_MS") or "0")
if think > 0 then
  function delay()
    return math.random(0, 2 * think)
  end
end
