-- wrk reporter for benchmarks/web-scale.sh: one line with p50/p95/p99 latency (ms), requests/s and errors.
-- The login cookie comes in as a -H "Cookie: ..." header.
done = function(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status + summary.errors.timeout
  io.write(string.format("RESULT p50_ms=%.1f p95_ms=%.1f p99_ms=%.1f max_ms=%.1f requests=%d rps=%.1f errors=%d\n",
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    summary.requests, summary.requests / (summary.duration / 1e6), errors))
end
