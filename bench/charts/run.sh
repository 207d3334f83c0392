#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the chart benchmark in Release and prints its figures:
#   bench/charts/run.sh            (build dir: build-bench, or $FERRY_BENCH_BUILD_DIR)
set -euo pipefail
cd "$(dirname "$0")/../.."
dir=${FERRY_BENCH_BUILD_DIR:-build-bench}
cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=Release -DFERRY_BUILD_BENCH=ON \
  -DFERRY_BUILD_TESTS=OFF >/dev/null
cmake --build "$dir" --target bench_charts --parallel 2 >/dev/null
QT_QPA_PLATFORM=offscreen "$dir/bin/bench_charts"
