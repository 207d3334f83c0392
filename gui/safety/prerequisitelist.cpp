// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/safety/prerequisitelist.h"

#include "gui/safety/copyabletext.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QStyle>
#include <QVBoxLayout>

namespace ferry::gui {

namespace {

QIcon stateIcon(const QStyle *style, model::CheckState state)
{
    switch (state) {
    case model::CheckState::Pass:
        return style->standardIcon(QStyle::SP_DialogApplyButton);
    case model::CheckState::Warning:
        return style->standardIcon(QStyle::SP_MessageBoxWarning);
    case model::CheckState::Fail:
        return style->standardIcon(QStyle::SP_MessageBoxCritical);
    case model::CheckState::Unknown:
        return style->standardIcon(QStyle::SP_MessageBoxQuestion);
    case model::CheckState::ToConfirm:
        return style->standardIcon(QStyle::SP_MessageBoxInformation);
    }
    return {};
}

} // namespace

PrerequisiteList::PrerequisiteList(QWidget *parent)
    : QWidget(parent)
    , m_rows(new QVBoxLayout(this))
{
    setObjectName(QStringLiteral("prerequisiteList"));
    m_rows->setContentsMargins(0, 0, 0, 0);
    m_rows->setSpacing(12);
}

QString PrerequisiteList::stateText(model::CheckState state)
{
    switch (state) {
    case model::CheckState::Pass:
        return tr("Met");
    case model::CheckState::Warning:
        return tr("Met, with a warning");
    case model::CheckState::Fail:
        return tr("Not met");
    case model::CheckState::Unknown:
        return tr("Not known yet");
    case model::CheckState::ToConfirm:
        return tr("Confirm when done");
    }
    return {};
}

void PrerequisiteList::setItems(const QList<model::PrerequisiteItem> &items)
{
    const bool before = allMet();
    m_items = items;
    QSet<QString> keys;
    for (const model::PrerequisiteItem &i : items)
        keys.insert(i.key);
    m_confirmed.intersect(keys);
    rebuild();
    const bool after = allMet();
    if (before != after || items.isEmpty())
        Q_EMIT metChanged(after);
}

void PrerequisiteList::setConfirmed(const QString &key, bool confirmed)
{
    const bool before = allMet();
    if (confirmed)
        m_confirmed.insert(key);
    else
        m_confirmed.remove(key);
    for (QCheckBox *box : findChildren<QCheckBox *>()) {
        if (box->property("prerequisiteKey").toString() == key && box->isChecked() != confirmed) {
            const QSignalBlocker block(box);
            box->setChecked(confirmed);
        }
    }
    if (before != allMet())
        Q_EMIT metChanged(allMet());
}

bool PrerequisiteList::allMet() const
{
    return !m_items.isEmpty() && model::prerequisitesMet(m_items, m_confirmed);
}

void PrerequisiteList::rebuild()
{
    while (QLayoutItem *child = m_rows->takeAt(0)) {
        delete child->widget(); // never called from inside a row, so deleting now is safe
        delete child;
    }
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    for (const model::PrerequisiteItem &item : std::as_const(m_items)) {
        auto *row = new QWidget(this);
        row->setObjectName(QStringLiteral("prerequisite_") + item.key);
        auto *grid = new QGridLayout(row);
        grid->setContentsMargins(0, 0, 0, 0);
        grid->setColumnStretch(1, 1);

        auto *icon = new QLabel(row);
        icon->setPixmap(stateIcon(style(), item.state).pixmap(iconSize, iconSize));
        icon->setToolTip(stateText(item.state));
        icon->setAlignment(Qt::AlignTop | Qt::AlignHCenter);
        grid->addWidget(icon, 0, 0, 3, 1);

        auto *title = new QLabel(item.title, row);
        title->setTextFormat(Qt::PlainText);
        title->setWordWrap(true);
        QFont bold = title->font();
        bold.setBold(true);
        title->setFont(bold);
        title->setAccessibleName(tr("%1: %2").arg(item.title, stateText(item.state)));
        grid->addWidget(title, 0, 1);

        auto *detail = new QLabel(item.detail, row);
        detail->setObjectName(QStringLiteral("prerequisiteDetail"));
        detail->setTextFormat(Qt::PlainText);
        detail->setWordWrap(true);
        detail->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        grid->addWidget(detail, 1, 1);

        int next = 2;
        if (!item.copyText.isEmpty()) {
            auto *text = new CopyableText(row);
            text->setObjectName(QStringLiteral("prerequisiteCopy"));
            text->setText(item.copyText);
            text->editor()->setAccessibleName(tr("Statements for %1").arg(item.title));
            grid->addWidget(text, next++, 1);
        }
        if (item.state == model::CheckState::ToConfirm) {
            auto *box = new QCheckBox(tr("Done"), row);
            box->setProperty("prerequisiteKey", item.key);
            box->setAccessibleName(tr("%1 is done").arg(item.title));
            box->setChecked(m_confirmed.contains(item.key));
            connect(box, &QCheckBox::toggled, this,
                    [this, key = item.key](bool on) { setConfirmed(key, on); });
            grid->addWidget(box, next++, 1);
        }
        m_rows->addWidget(row);
    }
    m_rows->addStretch(1);
}

} // namespace ferry::gui
