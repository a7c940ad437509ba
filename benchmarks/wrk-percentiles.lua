-- wrk reporter for benchmarks/web-scale.sh: one line with p50/p95/p99 latency (ms), requests/s and errors.
-- The login cookie comes in as a -H "Cookie: ..." header. Like a browser, each wrk thread keeps the cookies the app
-- sets: the login cookie is renewed every 30 s (the security stamp check, ReliabilitySetup.StampCheck), and a client
-- that kept sending the old one would have every later request checked against the database and signed again.
local request_text = nil

request = function()
  if request_text == nil then
    request_text = wrk.format()
  end
  return request_text
end

response = function(status, headers, body)
  local set = headers["Set-Cookie"] or headers["set-cookie"]
  if set == nil then
    return
  end
  local name, value = set:match("^%s*([^=;%s]+)=([^;]*)")
  if name == nil then
    return
  end
  local cookie = wrk.headers["Cookie"] or ""
  local pattern = name:gsub("%p", "%%%0") .. "=[^;]*"
  local replaced, count = cookie:gsub(pattern, function() return name .. "=" .. value end)
  if count == 0 then
    replaced = (cookie == "" and "" or cookie .. "; ") .. name .. "=" .. value
  end
  wrk.headers["Cookie"] = replaced
  request_text = nil
end

done = function(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status + summary.errors.timeout
  io.write(string.format("RESULT p50_ms=%.1f p95_ms=%.1f p99_ms=%.1f max_ms=%.1f requests=%d rps=%.1f errors=%d\n",
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    summary.requests, summary.requests / (summary.duration / 1e6), errors))
end
