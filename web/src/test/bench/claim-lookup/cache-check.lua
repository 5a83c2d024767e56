-- wrk script: the benchmark's queries (as lookup.lua), counting the X-Lookup-Cache answer of each response, to show
-- how many lookups of the measured run's mix come from memory.
local queries = {}
local function encode(s)
  return (s:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end
for line in io.lines("queries.txt") do
  queries[#queries + 1] = "/api/claims?q=" .. encode(line)
end
local threads = {}
function setup(thread)
  table.insert(threads, thread)
end
local i, hits, misses = 0, 0, 0
function request()
  i = i + 1
  return wrk.format("GET", queries[i % #queries + 1])
end
function response(status, headers, body)
  if headers["X-Lookup-Cache"] == "hit" then hits = hits + 1 else misses = misses + 1 end
end
function done(summary, latency, requests)
  local h, m = 0, 0
  for _, t in ipairs(threads) do
    h = h + t:get("hits")
    m = m + t:get("misses")
  end
  io.write(string.format("lookup cache: %d hits, %d misses\n", h, m))
end
