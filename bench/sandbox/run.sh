#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds ferry-sandbox and the load client in Release (build-bench/), starts the sandbox on a
# free loopback port and measures signed requests per second with 1, 4 and 16 keep-alive
# connections for each operation: the diagnostic Echo product (RPC and ROA) and real product
# calls through the gateway and the emulators (DTS DescribeDtsJobs, SMC DescribeSourceServers,
# MMS ListMmsJobs). Only successful answers (HTTP 200, no error code, the expected list) count
# towards req/s; anything else is counted as failed. Exits non-zero if any run had a failure.
# Usage: bench/sandbox/run.sh [seconds-per-run]
set -euo pipefail
src="$(cd "$(dirname "$0")/../.." && pwd)"
build="$src/build-bench"
seconds="${1:-5}"
operations="echo-rpc echo-roa dts-DescribeDtsJobs smc-DescribeSourceServers mms-ListMmsJobs"

cmake -S "$src" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DFERRY_BUILD_BENCH=ON \
  -DFERRY_BUILD_TESTS=OFF >/dev/null
cmake --build "$build" --target ferry-sandbox sandbox_bench -j2 >/dev/null

out=$(mktemp)
"$build/bin/ferry-sandbox" --port 0 >"$out" &
pid=$!
trap 'kill $pid 2>/dev/null || true; wait $pid 2>/dev/null || true; rm -f "$out"' EXIT
for _ in $(seq 1 100); do [ -s "$out" ] && break; sleep 0.1; done
line=$(head -n 1 "$out")

echo "sandbox: $(printf '%s' "$line" | jq -c '{endpoint, versions}')  cores: $(nproc)  load: $(cut -d' ' -f1-3 /proc/loadavg)"
status=0
for operation in $operations; do
  for connections in 1 4 16; do
    # A run with failures still prints its line; the script goes on and reports at the end.
    result=$("$build/bin/sandbox_bench" --sandbox-json "$line" --operation "$operation" \
      --connections "$connections" --seconds "$seconds") || status=1
    printf '%s\n' "$result" |
      jq -r '"\(.operation)  connections=\(.connections)  \(.requestsPerSecond | floor) req/s  ok=\(.ok) failed=\(.failed)  p50=\(.p50Ms)ms  p99=\(.p99Ms)ms\(if .firstFailure then "  first failure: \(.firstFailure)" else "" end)"'
  done
done
exit $status
