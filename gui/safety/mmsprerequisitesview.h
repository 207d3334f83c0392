// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cloudapi/apierror.h"
#include "model/mms.h"
#include "model/sts.h"

#include <QWidget>

#include <optional>

namespace ferry::cloudapi {
class StsClient;
}

namespace ferry::gui {

class PrerequisiteList;

/// The MMS prerequisites (model::mmsPrerequisites): the service-linked role, the target project's
/// Data Transfer quota, the data source's network connection and agent, and the statements that
/// let the MMS role work in the target project, with the account id from GetCallerIdentity.
class MmsPrerequisitesView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MmsPrerequisitesView)

public:
    explicit MmsPrerequisitesView(QWidget *parent = nullptr);

    void setIdentity(const model::CallerIdentity &identity);
    void setDataSource(const model::MmsDataSource &source);
    /// The target project, when it differs from the data source's default.
    void setProject(const QString &project);
    /// Asks STS for the caller's account id; the list updates when it answers.
    void fetchIdentity(const cloudapi::StsClient &sts);

    PrerequisiteList *list() const { return m_list; }
    bool allMet() const;

Q_SIGNALS:
    void metChanged(bool met);
    /// GetCallerIdentity failed (a permission error is worth a PermissionErrorDialog).
    void identityFailed(const ferry::cloudapi::ApiError &error);

private:
    void update();

    std::optional<model::CallerIdentity> m_identity;
    std::optional<model::MmsDataSource> m_source;
    QString m_project;
    PrerequisiteList *m_list = nullptr;
};

} // namespace ferry::gui
