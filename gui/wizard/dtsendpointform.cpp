// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/wizard/dtsendpointform.h"

#include "gui/safety/secretlineedit.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QSpinBox>

namespace ferry::gui {

DtsEndpointForm::DtsEndpointForm(const QString &title, QWidget *parent)
    : QGroupBox(title, parent)
    , m_type(new QComboBox(this))
    , m_engine(new QComboBox(this))
    , m_instance(new QLineEdit(this))
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_user(new QLineEdit(this))
    , m_password(new SecretLineEdit(this))
{
    // Wire values stay as DTS spells them; the visible text is translated.
    m_type->addItem(tr("Self-managed database on ECS"), QStringLiteral("ECS"));
    m_type->addItem(tr("Self-managed database with a public IP"), QStringLiteral("LocalInstance"));
    m_type->addItem(tr("Database behind Express Connect or VPN"), QStringLiteral("Express"));
    m_type->addItem(tr("ApsaraDB RDS instance"), QStringLiteral("RDS"));
    m_type->addItem(tr("PolarDB cluster"), QStringLiteral("PolarDB"));
    for (const char *engine : {"MySQL", "MariaDB", "PostgreSQL", "SQLServer", "Oracle"})
        m_engine->addItem(QString::fromLatin1(engine), QString::fromLatin1(engine));
    m_instance->setPlaceholderText(tr("e.g. i-bp1... or rm-bp1..."));
    m_host->setPlaceholderText(tr("IP address"));
    m_port->setRange(1, 65535);
    m_port->setValue(3306);
    m_user->setPlaceholderText(tr("database account"));
    m_password->setPlaceholderText(tr("password of the account"));

    auto *form = new QFormLayout(this);
    form->addRow(tr("Instance type:"), m_type);
    form->addRow(tr("Engine:"), m_engine);
    form->addRow(tr("Instance ID:"), m_instance);
    form->addRow(tr("Host:"), m_host);
    form->addRow(tr("Port:"), m_port);
    form->addRow(tr("Account:"), m_user);
    form->addRow(tr("Password:"), m_password);

    connect(m_type, &QComboBox::currentIndexChanged, this, [this] {
        updateFields();
        Q_EMIT edited();
    });
    connect(m_engine, &QComboBox::currentIndexChanged, this, &DtsEndpointForm::edited);
    for (QLineEdit *e : {m_instance, m_host, m_user, static_cast<QLineEdit *>(m_password)})
        connect(e, &QLineEdit::textChanged, this, &DtsEndpointForm::edited);
    connect(m_port, &QSpinBox::valueChanged, this, &DtsEndpointForm::edited);
    updateFields();
}

void DtsEndpointForm::updateFields()
{
    // Managed instances are reached by id; self-managed databases by address (ECS needs both).
    const QString type = m_type->currentData().toString();
    const bool managed = type == QLatin1String("RDS") || type == QLatin1String("PolarDB");
    const bool byId = managed || type == QLatin1String("ECS");
    m_instance->setEnabled(byId);
    m_host->setEnabled(!managed);
    m_port->setEnabled(!managed);
}

cloudapi::DtsEndpointParams DtsEndpointForm::params(const QString &region) const
{
    cloudapi::DtsEndpointParams p;
    p.instanceType = m_type->currentData().toString();
    p.engineName = m_engine->currentData().toString();
    p.region = region;
    if (m_instance->isEnabled())
        p.instanceId = m_instance->text().trimmed();
    if (m_host->isEnabled()) {
        p.ip = m_host->text().trimmed();
        p.port = QString::number(m_port->value());
    }
    p.userName = m_user->text().trimmed();
    p.password = m_password->text();
    return p;
}

bool DtsEndpointForm::isFilled() const
{
    if (m_instance->isEnabled() && m_instance->text().trimmed().isEmpty())
        return false;
    if (m_host->isEnabled() && m_host->text().trimmed().isEmpty())
        return false;
    return !m_user->text().trimmed().isEmpty() && !m_password->text().isEmpty();
}

} // namespace ferry::gui
