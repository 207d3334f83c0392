#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# translations/ferry_zh_CN.ts is current (lupdate finds no new text) and fully translated, and
# translations/ferry_en.ts gives English singular and plural forms for every %n text.
set -euo pipefail
cd "${FERRY_SOURCE_DIR:?}"
lupdate=/usr/lib/qt6/bin/lupdate
[ -x "$lupdate" ] || lupdate=$(command -v lupdate6 || command -v lupdate)
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
cp translations/ferry_zh_CN.ts "$tmp/check.ts"
# The same sources the build's update_translations target scans: the app's libraries and
# executable. ferry-sandbox (cloudapi/sandbox) is a developer tool that loads no translation.
find model cloudapi gui \( -name '*.cpp' -o -name '*.h' \) -not -path 'cloudapi/sandbox/*' \
  > "$tmp/sources.lst"
"$lupdate" -silent -I "$PWD" -no-obsolete -locations none "@$tmp/sources.lst" -ts "$tmp/check.ts"
python3 - "$tmp/check.ts" <<'PY'
import sys, xml.etree.ElementTree as ET
root = ET.parse(sys.argv[1]).getroot()
missing = []
for ctx in root.iter('context'):
    name = ctx.find('name').text
    for m in ctx.iter('message'):
        t = m.find('translation')
        forms = [] if t is None else [f.text for f in t.findall('numerusform')]
        empty = t is None or (not (t.text or '').strip() and not any((f or '').strip() for f in forms))
        if t is None or t.get('type') in ('unfinished', 'vanished', 'obsolete') or empty:
            missing.append(f"{name}: {m.find('source').text!r}")
if missing:
    print(f"{len(missing)} text(s) not translated in translations/ferry_zh_CN.ts "
          "(run the update_translations target, then translate):")
    print("\n".join("  " + x for x in missing[:50]))
    sys.exit(1)
print("zh_CN translation complete")
PY

# translations/ferry_en.ts holds the English plural forms of every %n text.
cp translations/ferry_en.ts "$tmp/plurals.ts"
"$lupdate" -silent -I "$PWD" -pluralonly -no-obsolete -locations none "@$tmp/sources.lst" \
  -ts "$tmp/plurals.ts"
python3 - "$tmp/plurals.ts" <<'PY'
import sys, xml.etree.ElementTree as ET
root = ET.parse(sys.argv[1]).getroot()
missing = []
for ctx in root.iter('context'):
    for m in ctx.iter('message'):
        t = m.find('translation')
        forms = [] if t is None else [(f.text or '').strip() for f in t.findall('numerusform')]
        if t is None or t.get('type') in ('unfinished', 'vanished', 'obsolete') or \
                len(forms) != 2 or not all(forms):
            missing.append(f"{ctx.find('name').text}: {m.find('source').text!r}")
if missing:
    print(f"{len(missing)} plural text(s) without English singular and plural forms in "
          "translations/ferry_en.ts (run the update_translations target, then fill them):")
    print("\n".join("  " + x for x in missing[:50]))
    sys.exit(1)
print("English plural forms complete")
PY
