#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# `ferry --version`, `--help` and argument errors work with no display at all.
set -euo pipefail
ferry="${FERRY_BIN_DIR:?}/ferry"
unset DISPLAY WAYLAND_DISPLAY QT_QPA_PLATFORM
export HOME=$(mktemp -d) XDG_CONFIG_HOME= XDG_DATA_HOME=
trap 'rm -rf "$HOME"' EXIT

out=$("$ferry" --version)
[[ "$out" =~ ^ferry\ [0-9]+\.[0-9]+\.[0-9]+$ ]] || { echo "bad --version: $out"; exit 1; }

out=$("$ferry" --help)
grep -q -- "--lang" <<<"$out" || { echo "--help lacks --lang"; exit 1; }
grep -q -- "--log-level" <<<"$out" || { echo "--help lacks --log-level"; exit 1; }

out=$("$ferry" --help --lang zh_CN)
grep -q "用法" <<<"$out" || { echo "--help is not translated with --lang zh_CN: $out"; exit 1; }

set +e
err=$("$ferry" --no-such-option 2>&1 >/dev/null); rc=$?
set -e
[ $rc -eq 2 ] || { echo "unknown option should exit 2, got $rc"; exit 1; }
grep -q "no-such-option" <<<"$err" || { echo "error does not name the option: $err"; exit 1; }

set +e
err=$("$ferry" --log-level loud 2>&1 >/dev/null); rc=$?
set -e
[ $rc -eq 2 ] && grep -q "loud" <<<"$err" || { echo "bad log level not rejected: $rc $err"; exit 1; }
echo "cli ok"
