#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Signature V3 throughput: Ferry's signer (Release build) against the official Node SDK's signer
# (@alicloud/openapi-util, pinned in package-lock.json) on the inputs of the V3 vectors. Both
# first check that they reproduce every vector's Authorization. Each side is measured in short
# windows over several alternating rounds and the best window counts, so that other load on a
# shared machine disturbs both alike. Prints both rates, the ratio of the best windows, and the
# range of the per-round ratios.
# Environment: FERRY_BENCH_ROUNDS (3), FERRY_BENCH_WINDOW_SECONDS (0.5), FERRY_BENCH_WINDOWS (4),
# FERRY_BENCH_BUILD_DIR (build-bench).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=${FERRY_BENCH_BUILD_DIR:-$root/build-bench}
rounds=${FERRY_BENCH_ROUNDS:-3}
window=${FERRY_BENCH_WINDOW_SECONDS:-0.5}
windows=${FERRY_BENCH_WINDOWS:-4}
vectors=$root/tests/data/signature-vectors.json

(cd "$here" && npm ci --no-audit --no-fund --loglevel=error)
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DFERRY_BUILD_BENCH=ON \
  -DFERRY_BUILD_TESTS=OFF >/dev/null
cmake --build "$build" --target ferry_bench_signing --parallel 2 | grep -v "^\[" || true
test -x "$build/bin/ferry_bench_signing"

best() { sort -g | tail -1; }
ferry_auth=() ferry_full=() node_rate=() round_ratios=()
for ((i = 1; i <= rounds; i++)); do
  f=$("$build/bin/ferry_bench_signing" "$vectors" "$window" "$windows" 2>/dev/null)
  n=$(cd "$here" && node node_bench.js "$vectors" "$window" "$windows" 2>/dev/null)
  ferry_auth+=("$(awk '/^ferry authorization/ {print $3}' <<<"$f")")
  ferry_full+=("$(awk '/^ferry signRequest/ {print $3}' <<<"$f")")
  node_rate+=("$(awk '/^node getAuthorization/ {print $3}' <<<"$n")")
  [ "$i" = 1 ] && { head -1 <<<"$f"; head -1 <<<"$n"; }
  round_ratio=$(awk -v f="${ferry_auth[-1]}" -v n="${node_rate[-1]}" 'BEGIN { printf "%.1f", f / n }')
  round_ratios+=("$round_ratio")
  echo "round $i: ferry authorization ${ferry_auth[-1]}/s, ferry signRequest ${ferry_full[-1]}/s, node getAuthorization ${node_rate[-1]}/s, ratio ${round_ratio}x"
done

fa=$(printf '%s\n' "${ferry_auth[@]}" | best)
ff=$(printf '%s\n' "${ferry_full[@]}" | best)
nr=$(printf '%s\n' "${node_rate[@]}" | best)
echo "ferry (authorization from prepared headers, same work as getAuthorization): $fa signatures/s"
echo "ferry (whole signRequest: body hash, headers, Authorization):              $ff signatures/s"
echo "node  (@alicloud/openapi-util getAuthorization):                          $nr signatures/s"
awk -v f="$fa" -v s="$ff" -v n="$nr" 'BEGIN {
  printf "ratio, same work: %.1fx\n", f / n
  printf "ratio, Ferry whole signRequest vs Node getAuthorization: %.1fx\n", s / n
  print (f / n >= 10 ? "target (10x, same work): met" : "target (10x, same work): NOT met")
}'
# Each round's two measurements ran back to back, so their ratio shows how steady it is.
echo "ratio, same work, per round: $(printf '%s\n' "${round_ratios[@]}" | sort -g | head -1)x to $(printf '%s\n' "${round_ratios[@]}" | best)x"
