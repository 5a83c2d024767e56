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
