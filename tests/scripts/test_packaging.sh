#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The desktop file and the AppStream metainfo validate and share one application id.
set -euo pipefail
cd "${FERRY_SOURCE_DIR:?}"
id=$(sed -n 's/.*set(FERRY_APP_ID "\(.*\)").*/\1/p' CMakeLists.txt)
[ -n "$id" ] || { echo "FERRY_APP_ID not found in CMakeLists.txt"; exit 1; }
desktop=packaging/$id.desktop
meta=packaging/$id.metainfo.xml
[ -f "$desktop" ] || { echo "missing $desktop"; exit 1; }
[ -f "$meta" ] || { echo "missing $meta"; exit 1; }
desktop-file-validate "$desktop"
appstreamcli validate --no-net --pedantic "$meta" || appstreamcli validate --no-net "$meta"
grep -q "<id>$id</id>" "$meta" || { echo "metainfo id differs from $id"; exit 1; }
grep -q "<launchable type=\"desktop-id\">$id.desktop</launchable>" "$meta" || { echo "launchable differs"; exit 1; }
grep -q "^Icon=$id$" "$desktop" || { echo "desktop Icon differs from $id"; exit 1; }
echo "packaging metadata valid for $id"
