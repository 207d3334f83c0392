#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the report benchmark in Release and prints its figures:
#   bench/report/run.sh [RUNS] [WAVES]   (build dir: build-bench, or $FERRY_BENCH_BUILD_DIR)
# Four waves make a report of about fifty pages; the target is at most 2 s end to end.
set -euo pipefail
cd "$(dirname "$0")/../.."
dir=${FERRY_BENCH_BUILD_DIR:-build-bench}
cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=Release -DFERRY_BUILD_BENCH=ON \
  -DFERRY_BUILD_TESTS=OFF >/dev/null
cmake --build "$dir" --target bench_report --parallel 2 >/dev/null
QT_QPA_PLATFORM=offscreen "$dir/bin/bench_report" "${1:-7}" "${2:-4}"
