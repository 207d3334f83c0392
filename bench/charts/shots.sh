#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Renders every chart in English and Simplified Chinese to PNG files:
#   bench/charts/shots.sh OUTPUT_DIR
set -euo pipefail
out=$(realpath -m "${1:?usage: bench/charts/shots.sh OUTPUT_DIR}")
cd "$(dirname "$0")/../.."
dir=${FERRY_BENCH_BUILD_DIR:-build-bench}
cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=Release -DFERRY_BUILD_BENCH=ON \
  -DFERRY_BUILD_TESTS=OFF >/dev/null
cmake --build "$dir" --target chart_shots --parallel 2 >/dev/null
QT_QPA_PLATFORM=offscreen "$dir/bin/chart_shots" "$out"
