// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cloudapi/credentials.h"
#include "cloudapi/endpoints.h"

#include <QList>
#include <QProcessEnvironment>
#include <QString>

#include <memory>

namespace ferry::cloudapi {

/// One profile of the aliyun CLI's config.json (the fields Ferry uses).
struct AliyunCliProfile
{
    QString name;
    QString mode; ///< AK, StsToken, RamRoleArn, ... (normalized to the CLI's spelling)
    QString accessKeyId;
    QString accessKeySecret;
    QString stsToken;
    QString ramRoleArn;
    QString ramSessionName;
    QString externalId;
    QString regionId;
    int expiredSeconds = 0; ///< AssumeRole DurationSeconds (0: the CLI's default of 900)
};

/// The aliyun CLI configuration file (`~/.aliyun/config.json`): `current` and `profiles[]`.
struct AliyunCliConfig
{
    QString path;
    QString current;
    QList<AliyunCliProfile> profiles;

    /// `$HOME/.aliyun/config.json` of `environment`.
    static QString defaultPath(const QProcessEnvironment &environment);
    /// Reads and parses `path`; errors name the file and, for bad JSON, line and column.
    static Result<AliyunCliConfig> load(const QString &path);
    /// Parses `text` read from `path`.
    static Result<AliyunCliConfig> parse(const QByteArray &text, const QString &path);

    /// The profile called `name`, or with an empty name the `current` one (else `default`).
    Result<AliyunCliProfile> profile(const QString &name) const;
};

/// Credentials of an aliyun CLI profile: modes AK, StsToken and RamRoleArn (STS AssumeRole
/// through `endpoints`). An empty `profileName` means `ALIBABA_CLOUD_PROFILE` if set in
/// `environment`, else the file's current profile.
std::shared_ptr<CredentialProvider> aliyunCliCredentials(const QString &path,
                                                         const QString &profileName,
                                                         const Endpoints &endpoints,
                                                         const QProcessEnvironment &environment);

} // namespace ferry::cloudapi
