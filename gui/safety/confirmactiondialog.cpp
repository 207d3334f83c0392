// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/safety/confirmactiondialog.h"

#include "gui/safety/copyabletable.h"
#include "gui/safety/wrapanywheredelegate.h"
#include "model/sanitizer.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace ferry::gui {

namespace {

enum Column
{
    NameColumn,
    ValueColumn,
    WhereColumn,
    ColumnCount
};

QLabel *wrappedLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

} // namespace

ConfirmActionDialog::ConfirmActionDialog(ConfirmRequest request, QWidget *parent)
    : QDialog(parent)
    , m_request(std::move(request))
{
    setObjectName(QStringLiteral("confirmActionDialog"));
    setWindowTitle(tr("Confirm: %1").arg(m_request.wire.action));
    auto *layout = new QVBoxLayout(this);

    auto *title =
        wrappedLabel(m_request.title.isEmpty() ? m_request.wire.action : m_request.title, this);
    title->setObjectName(QStringLiteral("confirmTitle"));
    QFont titleFont = title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    title->setFont(titleFont);
    layout->addWidget(title);

    if (!m_request.summary.isEmpty()) {
        auto *summary = wrappedLabel(m_request.summary, this);
        summary->setObjectName(QStringLiteral("confirmSummary"));
        layout->addWidget(summary);
    }

    for (const QString &warning : std::as_const(m_request.warnings)) {
        auto *row = new QWidget(this);
        row->setObjectName(QStringLiteral("confirmWarning"));
        row->setAutoFillBackground(true);
        QPalette pal = row->palette();
        pal.setColor(QPalette::Window, QColor(0xff, 0xf4, 0xd6));
        pal.setColor(QPalette::WindowText, QColor(0x4d, 0x36, 0x00));
        row->setPalette(pal);
        auto *rowLayout = new QHBoxLayout(row);
        rowLayout->setContentsMargins(8, 4, 8, 4);
        auto *icon = new QLabel(row);
        const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
        icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(size, size));
        icon->setAlignment(Qt::AlignTop);
        rowLayout->addWidget(icon);
        auto *text = wrappedLabel(warning, row);
        text->setAccessibleName(tr("Warning: %1").arg(warning));
        rowLayout->addWidget(text, 1);
        layout->addWidget(row);
    }

    auto *requestLabel = wrappedLabel(tr("Exactly what will be sent:"), this);
    layout->addWidget(requestLabel);
    auto *line = wrappedLabel(requestLine(), this);
    line->setObjectName(QStringLiteral("confirmRequestLine"));
    line->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    layout->addWidget(line);

    const cloudapi::WireParams params = m_request.wire.parameters();
    m_table = new CopyableTable(this);
    m_table->setObjectName(QStringLiteral("confirmParameters"));
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels({tr("Parameter"), tr("Value"), tr("Sent in")});
    m_table->setRowCount(int(params.size()));
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(true);
    m_table->setItemDelegateForColumn(ValueColumn, new WrapAnywhereDelegate(m_table));
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    int row = 0;
    const auto addRows = [&](const cloudapi::WireParams &list, const QString &where) {
        for (const auto &[name, value] : list) {
            auto *n = new QTableWidgetItem(name);
            auto *v = new QTableWidgetItem(displayedValue(name, value));
            v->setFont(mono);
            n->setFont(mono);
            m_table->setItem(row, NameColumn, n);
            m_table->setItem(row, ValueColumn, v);
            m_table->setItem(row, WhereColumn, new QTableWidgetItem(where));
            ++row;
        }
    };
    addRows(m_request.wire.query, tr("query"));
    addRows(m_request.wire.form, tr("form body"));
    addRows(m_request.wire.body, tr("JSON body"));
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ValueColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(WhereColumn, QHeaderView::ResizeToContents);
    WrapAnywhereDelegate::keepRowsFitted(m_table);
    m_table->resizeRowsToContents();
    if (params.isEmpty()) {
        m_table->hide();
        layout->addWidget(wrappedLabel(tr("The request carries no parameters."), this));
    } else {
        layout->addWidget(m_table, 1);
    }

    auto *copy = new QPushButton(tr("&Copy parameters"), this);
    copy->setObjectName(QStringLiteral("copyParameters"));
    copy->setAutoDefault(false);
    connect(copy, &QPushButton::clicked, this, &ConfirmActionDialog::copyParameters);

    if (!m_request.typedConfirmation.isEmpty()) {
        auto *prompt = wrappedLabel(
            tr("This cannot be undone. Type %1 to confirm:").arg(m_request.typedConfirmation),
            this);
        m_typed = new QLineEdit(this);
        m_typed->setObjectName(QStringLiteral("typedConfirmation"));
        m_typed->setAccessibleName(tr("Type %1 to confirm").arg(m_request.typedConfirmation));
        prompt->setBuddy(m_typed);
        layout->addWidget(prompt);
        layout->addWidget(m_typed);
        connect(m_typed, &QLineEdit::textChanged, this, &ConfirmActionDialog::updateConfirm);
    }

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(copy, QDialogButtonBox::ActionRole);
    m_confirm =
        buttons->addButton(m_request.confirmText.isEmpty() ? tr("Confirm") : m_request.confirmText,
                           QDialogButtonBox::AcceptRole);
    m_confirm->setObjectName(QStringLiteral("confirmButton"));
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    // Enter must never confirm by accident: Cancel is the default.
    m_confirm->setAutoDefault(false);
    m_confirm->setDefault(false);
    cancel->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &ConfirmActionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    updateConfirm();
    resize(std::max(sizeHint().width(), 640), std::max(sizeHint().height(), 420));
    if (m_typed)
        m_typed->setFocus();
    else
        cancel->setFocus();
}

QString ConfirmActionDialog::displayedValue(const QString &name, const QString &value)
{
    // A ClientToken is an idempotency key, not a credential (describeWire shows it too).
    if (name != QLatin1String("ClientToken") && model::isSecretKey(name.toStdString()))
        return QString::fromLatin1(model::kMask.data(), qsizetype(model::kMask.size()));
    return model::maskText(value);
}

bool ConfirmActionDialog::canConfirm() const
{
    return m_request.typedConfirmation.isEmpty() ||
           (m_typed && m_typed->text() == m_request.typedConfirmation);
}

void ConfirmActionDialog::updateConfirm()
{
    m_confirm->setEnabled(canConfirm());
}

QString ConfirmActionDialog::requestLine() const
{
    const cloudapi::WireDescription &w = m_request.wire;
    return tr("%1 %2 · action %3, version %4")
        .arg(QString::fromLatin1(w.method), w.path, w.action, w.version);
}

QString ConfirmActionDialog::parametersText() const
{
    QStringList lines{requestLine()};
    for (int row = 0; row < m_table->rowCount(); ++row) {
        lines.append(m_table->item(row, NameColumn)->text() + QLatin1Char('\t') +
                     m_table->item(row, ValueColumn)->text() + QLatin1Char('\t') +
                     m_table->item(row, WhereColumn)->text());
    }
    return lines.join(QLatin1Char('\n'));
}

void ConfirmActionDialog::copyParameters()
{
    QGuiApplication::clipboard()->setText(parametersText());
}

void ConfirmActionDialog::accept()
{
    if (!canConfirm())
        return;
    QDialog::accept();
    Q_EMIT confirmed();
}

} // namespace ferry::gui
