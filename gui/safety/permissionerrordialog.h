// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cloudapi/apierror.h"

#include <QDialog>

class QListWidget;

namespace ferry::gui {

class CopyableText;

/// Shown when a call is refused for lack of RAM permission: what was refused, the RAM actions the
/// credentials need, and a policy allowing exactly those that an administrator can attach
/// (copyable). Non-modal by default; open it with open() or show().
class PermissionErrorDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PermissionErrorDialog)

public:
    explicit PermissionErrorDialog(const cloudapi::ApiError &error, QWidget *parent = nullptr);

    /// The RAM actions listed (from the error; deduplicated).
    QStringList actions() const { return m_actions; }
    /// The policy document shown and copied.
    QString policyJson() const;
    QListWidget *actionList() const { return m_list; }
    CopyableText *policyView() const { return m_policy; }

public Q_SLOTS:
    void copyPolicy();

private:
    QStringList m_actions;
    QListWidget *m_list = nullptr;
    CopyableText *m_policy = nullptr;
};

} // namespace ferry::gui
