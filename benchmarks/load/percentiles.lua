-- wrk script: prints requests per second, p50/p95/p99 latency and the non-2xx/3xx count in one line.
-- Usage: wrk -t2 -c50 -d20s --timeout 10s -s benchmarks/load/percentiles.lua URL
done = function(summary, latency, requests)
  io.write(string.format("req/s %.1f p50 %.1f p95 %.1f p99 %.1f max %.1f ms errors connect %d read %d write %d status %d timeout %d\n",
    summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.status, summary.errors.timeout))
end
