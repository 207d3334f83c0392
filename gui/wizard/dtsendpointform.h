// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cloudapi/dtsparams.h"

#include <QGroupBox>

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace ferry::gui {

class SecretLineEdit;

/// One DTS endpoint: instance type, engine, instance id, host, port, account and password. The
/// password field is a SecretLineEdit: it echoes as dots and its text goes only into params().
class DtsEndpointForm final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DtsEndpointForm)

public:
    DtsEndpointForm(const QString &title, QWidget *parent = nullptr);

    /// The endpoint as the requests send it (`region` is filled in here).
    cloudapi::DtsEndpointParams params(const QString &region) const;
    /// Whether enough is filled in to test or use the endpoint.
    bool isFilled() const;

    QComboBox *typeBox() const { return m_type; }
    QComboBox *engineBox() const { return m_engine; }
    QLineEdit *instanceIdEdit() const { return m_instance; }
    QLineEdit *hostEdit() const { return m_host; }
    QSpinBox *portBox() const { return m_port; }
    QLineEdit *userEdit() const { return m_user; }
    SecretLineEdit *passwordEdit() const { return m_password; }

Q_SIGNALS:
    /// Something was edited (a connection test no longer applies).
    void edited();

private:
    void updateFields();

    QComboBox *m_type = nullptr;
    QComboBox *m_engine = nullptr;
    QLineEdit *m_instance = nullptr;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_user = nullptr;
    SecretLineEdit *m_password = nullptr;
};

} // namespace ferry::gui
