#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# `ferry report` with no display: the shipped sample becomes a complete PDF in English and
# Chinese on A4 and Letter; bad arguments and bad input give a clear error, the right exit code
# and no file.
set -euo pipefail
ferry="${FERRY_BIN_DIR:?}/ferry"
sample="${FERRY_SOURCE_DIR:?}/resources/samples/sandbox-migration.ferryplan.json"
unset DISPLAY WAYLAND_DISPLAY QT_QPA_PLATFORM
work=$(mktemp -d)
export HOME="$work/home" XDG_CONFIG_HOME= XDG_DATA_HOME= XDG_RUNTIME_DIR="$work/run"
mkdir -p "$HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

out=$("$ferry" report --help)
grep -q -- "--plan PLAN" <<<"$out" || fail "report --help lacks --plan: $out"
grep -q -- "--paper" <<<"$out" || fail "report --help lacks --paper"
"$ferry" --help | grep -q "report" || fail "ferry --help does not list report"

# The sample, English A4 (defaults).
"$ferry" report --plan "$sample" --out "$work/en.pdf" >"$work/stdout" || fail "report failed"
grep -q "en.pdf" "$work/stdout" || fail "no confirmation: $(cat "$work/stdout")"
pdfinfo "$work/en.pdf" | grep -q "A4" || fail "not A4"
text=$(pdftotext "$work/en.pdf" - | tr -s '[:space:]' ' ')
for s in "Migration report" "Contents" "Scope and evidence level" \
         "Tool selection and configuration assessment" "Cutover sequencing and go/no-go criteria" \
         "Rollback path per phase" "DTS lag monitoring and backup verification" \
         "SMC sync history" "MMS progress and verification" "Risks" "Assumptions and blockers" \
         "Shop platform to Alibaba Cloud (sandbox)" "Lag under 5 s for 15 min" \
         "Verified 2025-03-13 06:45 UTC" "ods.ods_click_log_df" "Page 2 of"; do
  grep -qF -- "$s" <<<"$text" || fail "English report lacks \"$s\""
done
# Section titles appear in order after the contents page: each on a page at or after the one
# before it.
pages=$(pdfinfo "$work/en.pdf" | awk '/^Pages:/ { print $2 }')
declare -a page_text
for ((p = 1; p <= pages; p++)); do
  page_text[$p]=$(pdftotext -f "$p" -l "$p" "$work/en.pdf" - | tr -s '[:space:]' ' ')
done
at=3
for s in "Scope and evidence level" "Tool selection and configuration assessment" \
         "Cutover sequencing and go/no-go criteria" "Rollback path per phase" \
         "DTS lag monitoring and backup verification" "SMC sync history" \
         "MMS progress and verification" "Risks" "Assumptions and blockers"; do
  while ((at <= pages)) && ! grep -qF -- "$s" <<<"${page_text[$at]}"; do ((at++)); done
  ((at <= pages)) || fail "\"$s\" missing or out of order"
done
grep -qF "Page $pages of $pages" <<<"${page_text[$pages]}" || fail "last page number missing"

# Chinese on Letter, options in the --opt=value form.
"$ferry" report --plan="$sample" --out="$work/zh.pdf" --lang=zh_CN --paper=letter >/dev/null \
  || fail "zh_CN report failed"
pdfinfo "$work/zh.pdf" | grep -q "612 x 792" || fail "not Letter"
zh=$(pdftotext "$work/zh.pdf" - | tr -s '[:space:]' ' ')
for s in "迁移报告" "目录" "范围与证据等级" "切换顺序与放行标准" "各阶段回滚路径" "SMC 同步历史" \
         "假设与阻碍" "ods.ods_click_log_df"; do
  grep -qF -- "$s" <<<"$zh" || fail "Chinese report lacks \"$s\""
done
pdffonts "$work/zh.pdf" | grep -q "NotoSansCJK" || fail "no CJK font embedded"

expect_error() { # expected-exit, text-the-error-names, args...
  local want=$1 names=$2; shift 2
  set +e
  err=$("$ferry" report "$@" 2>&1 >/dev/null); rc=$?
  set -e
  [ "$rc" -eq "$want" ] || fail "report $* exited $rc, expected $want: $err"
  grep -qF -- "$names" <<<"$err" || fail "error for report $* does not name \"$names\": $err"
}
expect_error 2 "--plan" --out "$work/x.pdf"
expect_error 2 "--out" --plan "$sample"
expect_error 2 "tabloid" --plan "$sample" --out "$work/x.pdf" --paper tabloid
expect_error 2 "tlh" --plan "$sample" --out "$work/x.pdf" --lang tlh
expect_error 2 "--bogus" --plan "$sample" --out "$work/x.pdf" --bogus
printf '{"format": "ferry-plan", "version": 1, "plan": {"id": ' >"$work/corrupt.json"
expect_error 2 "$work/corrupt.json" --plan "$work/corrupt.json" --out "$work/x.pdf"
printf '{"format": "ferry-plan", "version": 9, "plan": {}}' >"$work/newer.json"
expect_error 2 "newer" --plan "$work/newer.json" --out "$work/x.pdf"
expect_error 2 "$work/missing.json" --plan "$work/missing.json" --out "$work/x.pdf"
[ ! -e "$work/x.pdf" ] || fail "a PDF was written despite bad input"
touch "$work/file"
expect_error 1 "$work/file/out.pdf" --plan "$sample" --out "$work/file/out.pdf"

# A failed run leaves an existing report untouched.
echo "previous" >"$work/keep.pdf"
expect_error 2 "newer" --plan "$work/newer.json" --out "$work/keep.pdf"
[ "$(cat "$work/keep.pdf")" = previous ] || fail "existing report was touched"
ls "$work" | grep -v -E '^(en|zh|keep)\.pdf$|^(corrupt|newer)\.json$|^(file|home|run|stdout)$' \
  && fail "stray files left behind"
echo "report cli ok"
