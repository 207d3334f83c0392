#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds ferry-sandbox and the load client in Release (build-bench/), starts the sandbox on a
# free loopback port and measures signed requests per second (the diagnostic Echo product: full
# signature, date and nonce checks, request log) with 1, 4 and 16 keep-alive connections.
# Usage: bench/sandbox/run.sh [seconds-per-run]
set -euo pipefail
src="$(cd "$(dirname "$0")/../.." && pwd)"
build="$src/build-bench"
seconds="${1:-5}"

cmake -S "$src" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DFERRY_BUILD_BENCH=ON \
  -DFERRY_BUILD_TESTS=OFF >/dev/null
cmake --build "$build" --target ferry-sandbox sandbox_bench -j2 >/dev/null

out=$(mktemp)
"$build/bin/ferry-sandbox" --port 0 >"$out" &
pid=$!
trap 'kill $pid 2>/dev/null || true; wait $pid 2>/dev/null || true; rm -f "$out"' EXIT
for _ in $(seq 1 100); do [ -s "$out" ] && break; sleep 0.1; done
line=$(head -n 1 "$out")

echo "sandbox: $(printf '%s' "$line" | jq -c '{endpoint, versions}')  cores: $(nproc)"
for style in rpc roa; do
  for connections in 1 4 16; do
    "$build/bin/sandbox_bench" --sandbox-json "$line" --style "$style" \
      --connections "$connections" --seconds "$seconds" |
      jq -r '"\(.style)  connections=\(.connections)  \(.requestsPerSecond | floor) req/s  ok=\(.ok) failed=\(.failed)  p50=\(.p50Ms)ms  p99=\(.p99Ms)ms"'
  done
done
