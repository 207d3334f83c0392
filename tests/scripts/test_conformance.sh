#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Conformance of the sandbox with the official Alibaba Cloud SDK core: starts
# $FERRY_BIN_DIR/ferry-sandbox on a free port, runs tests/conformance/conformance.mjs against it
# (the gateway, every operation of Ferry's typed clients checked field by field against the
# reference, and a check that none is missing) and fails on any mismatch. Needs tests/node_modules (scripts/setup runs npm ci there).
set -euo pipefail
src="${FERRY_SOURCE_DIR:-$(cd "$(dirname "$0")/../.." && pwd)}"
bin="${FERRY_BIN_DIR:-$src/build/bin}"
sandbox="$bin/ferry-sandbox"

if [ ! -x "$sandbox" ]; then
  echo "test_conformance: $sandbox is missing; build the ferry-sandbox target" >&2
  exit 1
fi
if [ ! -d "$src/tests/node_modules/@alicloud/openapi-client" ]; then
  echo "test_conformance: tests/node_modules is missing; run scripts/setup (npm ci in tests/)" >&2
  exit 1
fi

work=$(mktemp -d)
pid=
cleanup() {
  if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

"$sandbox" --port 0 --seed 7 >"$work/out" 2>"$work/err" &
pid=$!

line=
for _ in $(seq 1 100); do
  line=$(head -n 1 "$work/out" 2>/dev/null || true)
  [ -n "$line" ] && break
  if ! kill -0 "$pid" 2>/dev/null; then break; fi
  sleep 0.1
done
if [ -z "$line" ]; then
  echo "test_conformance: ferry-sandbox printed no JSON line" >&2
  cat "$work/err" >&2
  exit 1
fi
for key in endpoint adminEndpoint accessKeyId accessKeySecret; do
  if [ "$(printf '%s' "$line" | jq -r --arg k "$key" '.[$k] // empty')" = "" ]; then
    echo "test_conformance: the JSON line lacks $key: $line" >&2
    exit 1
  fi
done

SANDBOX_JSON="$line" SANDBOX_BIN="$sandbox" FERRY_SOURCE_DIR="$src" \
  node "$src/tests/conformance/conformance.mjs" "$@"
