-- A newsroom's mix for wrk: mostly reads (the claim lookup API, public fact-check pages, documents as JSON and as
-- pages, the front page, the document list), and one write in twenty-five (a new article each time, so every write
-- really stores something): about what one server's background extraction files on 2 cores (docs/benchmarks.md).
-- Set by the soak test: the API key and the range of document ids to read.
local key = os.getenv("SOAK_KEY")
local first = tonumber(os.getenv("SOAK_FIRST_ID") or "1")
local last = tonumber(os.getenv("SOAK_LAST_ID") or "1")
local counter = 0
local syllables = {"Kor", "Vel", "Mar", "Tes", "Lun", "Bra", "Ost", "Fen", "Dal", "Rov"}
local questions = {"harbour+talks+resume", "port+authority+pilots", "ships+cleared+days", "agreement+before+the+summer"}
local outlets = {"The Soak Gazette", "Harbour Daily", "Coastline News", "The Pier Post"}

local function port_name()
  return syllables[math.random(#syllables)] .. string.lower(syllables[math.random(#syllables)]) ..
    ({"ik", "a", "en", "ov", "ham", "sund", "vik", "berg", "mouth", "ness"})[math.random(10)]
end

local function person_name()
  return syllables[math.random(#syllables)] .. "a " .. syllables[math.random(#syllables)] .. string.lower(syllables[math.random(#syllables)])
end
local thread_id = 0

function setup(thread)
  thread_id = thread_id + 1
  thread:set("tid", thread_id)
end

function request()
  counter = counter + 1
  local pick = counter % 25
  if pick == 0 then
    -- A newsroom's day has many stories, each told by a few articles: the port, its authority and spokeswoman
    -- change from one article to the next (a thousand ports), so a story is retold now and then, not every time.
    local port = port_name()
    local marker = tid .. "-" .. counter .. "-" .. math.random(1, 1000000000)
    local body = '{"outlet": "' .. outlets[math.random(#outlets)] .. '", "published": "2024-06-' .. string.format("%02d", math.random(1, 28)) ..
      '", "text": "Harbour talks resume in ' .. port .. ' ' .. marker ..
      '\\n\\nThe ' .. port .. ' port authority said on Monday that talks with the pilots would resume on Friday, reference ' .. marker ..
      '. \\"We expect an agreement before the summer,\\" the authority\'s spokeswoman, ' .. person_name() .. ', told reporters. ' ..
      'The ' .. port .. ' harbour master said ships delayed by the dispute would be cleared within ' .. math.random(2, 9) .. ' days."}'
    return wrk.format("POST", "/api/articles", {["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. key}, body)
  end
  local id = math.random(first, last)
  if pick < 8 then
    return wrk.format("GET", "/api/documents/" .. id)
  elseif pick < 12 then
    return wrk.format("GET", "/documents/" .. id)
  elseif pick < 16 then
    return wrk.format("GET", "/api/claims?q=" .. questions[pick % #questions + 1])
  elseif pick < 19 then
    return wrk.format("GET", "/fact-checks")
  elseif pick < 21 then
    return wrk.format("GET", "/api/conflicts")
  elseif pick < 23 then
    return wrk.format("GET", "/documents")
  end
  return wrk.format("GET", "/")
end

local statuses = {}
function response(status, headers, body)
  if status >= 400 then
    statuses[status] = (statuses[status] or 0) + 1
  end
end

function done(summary, latency, requests)
  io.write(string.format("soak: requests %d, errors connect %d read %d write %d status %d timeout %d\n",
    summary.requests, summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.status, summary.errors.timeout))
  io.write(string.format("soak: latency p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms\n",
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
