// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/safety/permissionerrordialog.h"

#include "gui/safety/copyabletext.h"
#include "model/rampolicy.h"
#include "model/sanitizer.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace ferry::gui {

namespace {

QLabel *wrapped(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

} // namespace

PermissionErrorDialog::PermissionErrorDialog(const cloudapi::ApiError &error, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("permissionErrorDialog"));
    setWindowTitle(tr("Permission needed"));
    for (const QString &a : error.ramActions) {
        const QString action = a.trimmed();
        if (model::isRamAction(action) && !m_actions.contains(action))
            m_actions.append(action);
    }

    auto *layout = new QVBoxLayout(this);
    auto *headline = wrapped(error.action.isEmpty()
                                 ? tr("The request was refused: permission is missing.")
                                 : tr("%1 was refused: permission is missing.").arg(error.action),
                             this);
    QFont bold = headline->font();
    bold.setBold(true);
    headline->setFont(bold);
    headline->setObjectName(QStringLiteral("permissionHeadline"));
    layout->addWidget(headline);

    if (m_actions.isEmpty()) {
        layout->addWidget(wrapped(tr("The service did not say which RAM action is missing. Ask "
                                     "an administrator to check the policies of the RAM "
                                     "identity behind Ferry's credentials."),
                                  this));
    } else {
        layout->addWidget(wrapped(tr("The RAM identity behind Ferry's credentials needs the "
                                     "actions below. Ask an administrator to attach a policy "
                                     "that allows them, then try again."),
                                  this));
    }

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("ramActions"));
    m_list->addItems(m_actions);
    m_list->setAccessibleName(tr("RAM actions needed"));
    m_list->setMaximumHeight(m_list->sizeHintForRow(0) * std::clamp(int(m_actions.size()), 1, 6) +
                             2 * m_list->frameWidth() + 4);
    m_list->setVisible(!m_actions.isEmpty());
    layout->addWidget(m_list);

    auto *policyLabel = wrapped(tr("Policy:"), this);
    m_policy = new CopyableText(this);
    m_policy->setObjectName(QStringLiteral("ramPolicy"));
    m_policy->setCopyLabel(tr("&Copy policy"));
    m_policy->setText(model::ramPolicyDocument(m_actions));
    m_policy->editor()->setAccessibleName(tr("RAM policy"));
    policyLabel->setBuddy(m_policy->editor());
    policyLabel->setVisible(!m_actions.isEmpty());
    m_policy->setVisible(!m_actions.isEmpty());
    layout->addWidget(policyLabel);
    layout->addWidget(m_policy);

    // What the service said, for the administrator (sanitized on arrival; masked again here).
    QStringList details;
    if (!error.code.isEmpty())
        details.append(tr("Code: %1").arg(error.code));
    if (!error.message.isEmpty())
        details.append(tr("Message: %1").arg(model::maskText(error.message)));
    if (!error.requestId.isEmpty())
        details.append(tr("Request id: %1").arg(error.requestId));
    if (!details.isEmpty()) {
        auto *detail = wrapped(details.join(QLatin1Char('\n')), this);
        detail->setObjectName(QStringLiteral("permissionDetails"));
        detail->setForegroundRole(QPalette::PlaceholderText);
        layout->addWidget(detail);
    }

    layout->addStretch(1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(std::max(sizeHint().width(), 560), sizeHint().height());
}

QString PermissionErrorDialog::policyJson() const
{
    return m_policy->text();
}

void PermissionErrorDialog::copyPolicy()
{
    m_policy->copy();
}

} // namespace ferry::gui
