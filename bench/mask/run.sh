#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Benchmark of `ferry mask` on a list-shaped response of 200,000 objects (about 71 MiB), each
# with a nested config holding credentials. Builds Release binaries in build-bench/, generates
# the file (deterministic), and measures wall time and peak RSS of ferry mask, of a plain
# nlohmann parse + dump, and of jq running the reference masking filter.
#
#   bench/mask/run.sh
#
# Environment: FERRY_BENCH_OBJECTS (200000), FERRY_BENCH_REPEAT (3 runs each, fastest kept),
# FERRY_BENCH_JQ_OBJECTS ("all", or a number of objects to time jq on and scale from: jq takes
# minutes on the whole file), FERRY_BENCH_BUILD_DIR (build-bench).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${FERRY_BENCH_BUILD_DIR:-$root/build-bench}
objects=${FERRY_BENCH_OBJECTS:-200000}
repeat=${FERRY_BENCH_REPEAT:-3}
jq_objects=${FERRY_BENCH_JQ_OBJECTS:-all}
filter='walk(if type == "object" then with_entries(if (.key | test("password|secret|token|access.id|access.key|accessKeyId|accessKeySecret"; "i")) or (.value | type == "string" and test("^LTAI")) then .value = "********" else . end) else . end)'

if [ ! -x /usr/bin/time ]; then
  echo "run.sh: /usr/bin/time is missing (Debian package 'time', installed by scripts/setup)" >&2
  exit 1
fi
command -v jq >/dev/null || { echo "run.sh: jq is missing" >&2; exit 1; }

echo "== building Release binaries in $build"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DFERRY_BUILD_BENCH=ON \
  -DFERRY_BUILD_TESTS=OFF >/dev/null
cmake --build "$build" --target ferry bench_mask_generate bench_mask_nlohmann -j 2 >/dev/null
bin=$build/bin
work=$build/bench-mask
mkdir -p "$work"

input=$work/list-$objects.json
"$bin/bench_mask_generate" "$objects" >"$input"
size=$(stat -c %s "$input")
echo "== input: $input"
echo "   $size bytes ($(awk -v s="$size" 'BEGIN{printf "%.1f", s/1048576}') MiB), $objects objects, sha256 $(sha256sum "$input" | cut -c1-16)"
echo "   machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"

# measure NAME OUT CMD...: runs CMD $repeat times with stdout to OUT; keeps the fastest wall time,
# the least CPU time (user + system) and the largest peak RSS in NAME_wall, NAME_cpu and NAME_rss
# (KiB). On a shared machine the CPU time is the steadier figure.
measure() {
  local name=$1 out=$2 best='' cpu='' rss=0 wall kib user sys
  shift 2
  for ((i = 0; i < repeat; i++)); do
    /usr/bin/time -f '%e %M %U %S' -o "$work/time.txt" "$@" >"$out"
    read -r wall kib user sys <"$work/time.txt"
    if [ -z "$best" ] || awk -v a="$wall" -v b="$best" 'BEGIN{exit !(a < b)}'; then best=$wall; fi
    local c
    c=$(awk -v u="$user" -v s="$sys" 'BEGIN{printf "%.2f", u + s}')
    if [ -z "$cpu" ] || awk -v a="$c" -v b="$cpu" 'BEGIN{exit !(a < b)}'; then cpu=$c; fi
    ((kib > rss)) && rss=$kib
  done
  printf -v "${name}_wall" '%s' "$best"
  printf -v "${name}_cpu" '%s' "$cpu"
  printf -v "${name}_rss" '%s' "$rss"
}

row() { # LABEL WALL CPU RSS_KIB [NOTE]
  awk -v l="$1" -v w="$2" -v c="$3" -v r="$4" -v s="$size" -v n="${5:-}" 'BEGIN{
    printf "%-40s %7.2f s %8.1f MB/s %7.2f s %8.1f MiB %6.2fx  %s\n", l, w, (w > 0 ? s / 1e6 / w : 0), c, r / 1024, r * 1024 / s, n }'
}

echo "== ferry mask and nlohmann (fastest of $repeat runs)"
measure ferry_file_indent "$work/ferry-indent.json" "$bin/ferry" mask "$input"
measure ferry_o_indent /dev/null "$bin/ferry" mask "$input" -o "$work/ferry-o.json"
measure ferry_file_compact /dev/null "$bin/ferry" mask --compact "$input"
measure ferry_pipe_compact /dev/null sh -c 'cat "$1" | "$0" mask --compact' "$bin/ferry" "$input"
measure nl_indent /dev/null "$bin/bench_mask_nlohmann" "$input"
measure nl_compact /dev/null "$bin/bench_mask_nlohmann" "$input" -c

if grep -q 'LTAI' "$work/ferry-indent.json"; then
  echo "ferry mask left an AccessKey ID in its output" >&2
  exit 1
fi
cmp -s "$work/ferry-indent.json" "$work/ferry-o.json" || { echo "stdout and -o outputs differ" >&2; exit 1; }

echo "== jq with the reference filter (1 run)"
if [ "$jq_objects" = all ]; then
  jq_input=$input
  jq_note="(whole file)"
else
  jq_input=$work/list-$jq_objects.json
  "$bin/bench_mask_generate" "$jq_objects" >"$jq_input"
  jq_note="(timed on $jq_objects objects, $(stat -c %s "$jq_input") bytes, and scaled by size; RSS is the slice's)"
fi
repeat=1 measure jq "$work/jq.json" jq "$filter" "$jq_input"
jq_size=$(stat -c %s "$jq_input")
jq_scaled_wall=$(awk -v w="$jq_wall" -v a="$size" -v b="$jq_size" 'BEGIN{printf "%.2f", w * a / b}')
jq_scaled_cpu=$(awk -v w="$jq_cpu" -v a="$size" -v b="$jq_size" 'BEGIN{printf "%.2f", w * a / b}')

# The outputs agree: ferry's and jq's results are the same JSON (this data has no AccessKey ID
# strings inside arrays, where Ferry masks more than the filter).
slice=$work/list-2000.json
"$bin/bench_mask_generate" 2000 >"$slice"
if [ "$("$bin/ferry" mask "$slice" | jq -c . | sha256sum)" != "$(jq -c "$filter" "$slice" | sha256sum)" ]; then
  echo "ferry mask and jq disagree on the 2,000-object slice" >&2
  exit 1
fi
echo "   ferry mask and jq give the same JSON on a 2,000-object slice"

echo
echo "== results for $size bytes"
printf '%-40s %9s %13s %9s %12s %7s\n' "" "wall" "throughput" "CPU" "peak RSS" "/input"
row "ferry mask FILE > stdout (indent 2)" "$ferry_file_indent_wall" "$ferry_file_indent_cpu" "$ferry_file_indent_rss"
row "ferry mask FILE -o OUT (indent 2)" "$ferry_o_indent_wall" "$ferry_o_indent_cpu" "$ferry_o_indent_rss"
row "ferry mask --compact FILE > stdout" "$ferry_file_compact_wall" "$ferry_file_compact_cpu" "$ferry_file_compact_rss"
row "cat FILE | ferry mask --compact > stdout" "$ferry_pipe_compact_wall" "$ferry_pipe_compact_cpu" "$ferry_pipe_compact_rss"
row "nlohmann parse + dump(2)" "$nl_indent_wall" "$nl_indent_cpu" "$nl_indent_rss"
row "nlohmann parse + dump() compact" "$nl_compact_wall" "$nl_compact_cpu" "$nl_compact_rss"
row "jq filter (indent 2)" "$jq_scaled_wall" "$jq_scaled_cpu" "$jq_rss" "$jq_note"
echo
awk -v f="$ferry_file_indent_wall" -v fc="$ferry_file_compact_wall" -v n="$nl_indent_wall" \
    -v nc="$nl_compact_wall" -v j="$jq_scaled_wall" -v r="$ferry_file_indent_rss" \
    -v rp="$ferry_pipe_compact_rss" -v s="$size" -v fcpu="$ferry_file_indent_cpu" \
    -v ncpu="$nl_indent_cpu" -v jcpu="$jq_scaled_cpu" 'BEGIN{
  printf "ferry mask vs jq:        %.0fx the throughput by wall time, %.0fx by CPU time (target >= 100x)\n", j / f, jcpu / fcpu
  printf "ferry mask vs nlohmann:  %.2fx the wall time indented, %.2fx compact; %.2fx the CPU time indented (target <= 1.5x)\n", f / n, fc / nc, fcpu / ncpu
  printf "ferry mask peak RSS:     %.2fx the input from a file, %.2fx from a pipe (target <= 3x)\n", r * 1024 / s, rp * 1024 / s }'
