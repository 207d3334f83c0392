#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The layer arrows, checked on includes (CMake checks the links): model knows no network, widgets
# or wire formats of products; cloudapi knows no widgets; gui knows no HTTP and no JSON; the
# sandbox does not reuse the client's code.
set -euo pipefail
cd "${FERRY_SOURCE_DIR:?}"
fail=0
check() { # folder, find-extra-args, forbidden regex, why
  local folder=$1 regex=$2 why=$3
  local hits
  hits=$(grep -rnE --include='*.h' --include='*.cpp' "^\s*#\s*include\s*[<\"]($regex)" "$folder" \
         | grep -v "^$folder/sandbox/" || true)
  if [ "$folder" = cloudapi/sandbox ]; then
    hits=$(grep -rnE --include='*.h' --include='*.cpp' "^\s*#\s*include\s*[<\"]($regex)" "$folder" || true)
  fi
  if [ -n "$hits" ]; then
    echo "$why:"; echo "$hits"; fail=1
  fi
}
check model 'Qt(Network|Widgets|Gui|Charts|HttpServer)|QNetwork|QWidget|QTcp|QSsl|cloudapi/|gui/' \
  "model/ must stay Qt Core only"
check cloudapi 'Qt(Widgets|Gui|Charts)|QWidget|QDialog|gui/' "cloudapi/ must not touch widgets"
check gui 'nlohmann|QNetwork|QTcp|QSsl|QtNetwork|cloudapi/.*wire' \
  "gui/ must not parse JSON or speak HTTP"
check cloudapi/sandbox 'cloudapi/(signer|transport|request|credentials|endpoints|mms|dts|smc|sts)' \
  "the sandbox must not reuse the client's code"
# The app executable (gui/app) may start the sandbox; the gui library may not.
if grep -rnE '#\s*include\s*[<"]cloudapi/sandbox/' gui --include='*.cpp' --include='*.h' | grep -v '^gui/app/'; then
  echo "only gui/app (the executable) may include the sandbox"; fail=1
fi
[ $fail -eq 0 ] && echo "layers respected"
exit $fail
