-- wrk script: the benchmark's requests (lookup.lua), counting the X-Lookup-Cache answer of each response, to show
-- how many lookups of the measured mix come from memory.
dofile("lookup.lua")
local threads = {}
local next_setup = setup
function setup(thread)
  table.insert(threads, thread)
  next_setup(thread)
end
hits, misses = 0, 0 -- globals: done() reads them from each thread with thread:get
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
