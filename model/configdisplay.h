// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace ferry::model {

struct MmsConfigItem;

/// Whether a data source configuration item holds a secret whatever its value looks like: type
/// `password` or `file` (key files, keytabs, certificates), a secret key name (see isSecretKey),
/// or a value carrying a PEM private key.
bool isSecretConfigItem(const MmsConfigItem &item);

/// The value as Ferry shows and copies it: the mask for a secret item (even an empty one, so the
/// view never tells whether a secret is set), otherwise the value with any secret inside it
/// masked (maskText). Values arrive sanitized; this is the second line of defence.
QString displayedConfigValue(const MmsConfigItem &item);

} // namespace ferry::model
