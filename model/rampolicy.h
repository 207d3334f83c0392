// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace ferry::model {

/// A RAM policy document allowing exactly `actions` (deduplicated, in the order given) on every
/// resource: `{"Version":"1","Statement":[{"Effect":"Allow","Action":[...],"Resource":"*"}]}`,
/// indented with two spaces. Actions that are not `namespace:Name` are left out.
QString ramPolicyDocument(const QStringList &actions);

/// Whether `action` looks like a RAM action: a lower-case namespace, a colon and a name of
/// letters, digits and `*` (e.g. `odps:CreateMmsJob`, `dts:*`).
bool isRamAction(const QString &action);

} // namespace ferry::model
