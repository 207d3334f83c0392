#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Renders the planner and the manager timeline for the sample plan at 1280×800, in English and
# Simplified Chinese, to PNG files:
#   bench/planner/shots.sh OUTPUT_DIR
set -euo pipefail
out=$(realpath -m "${1:?usage: bench/planner/shots.sh OUTPUT_DIR}")
cd "$(dirname "$0")/../.."
dir=${FERRY_BENCH_BUILD_DIR:-build-bench}
cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=Release -DFERRY_BUILD_BENCH=ON \
  -DFERRY_BUILD_TESTS=OFF >/dev/null
cmake --build "$dir" --target planner_shots --parallel 2 >/dev/null
QT_QPA_PLATFORM=offscreen "$dir/bin/planner_shots" "$out"
