// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/planfile.h"

#include "model/planjson.h"
#include "model/sanitizer.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>

#include <functional>

namespace ferry::model {

namespace {

// A literal context, so lupdate finds the texts.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ferry::model::PlanFile)
};

using J = nlohmann::ordered_json;

J document(const Plan &plan)
{
    J doc = J::object();
    doc["format"] = kPlanFileFormat;
    doc["version"] = kPlanFileVersion;
    doc["plan"] = planjson::toJson(plan);
    return doc;
}

QByteArray dump(const J &doc)
{
    // Replacing invalid UTF-8 instead of throwing: a plan must always be savable.
    return QByteArray::fromStdString(doc.dump(2, ' ', false, J::error_handler_t::replace)) + '\n';
}

bool isPlaceholder(const J &v)
{
    if (v.is_null())
        return true;
    if (!v.is_string())
        return false;
    static const QRegularExpression placeholder(QStringLiteral("^(<FILL_IN_[A-Z0-9_]*>)?$"));
    const QString s = QString::fromStdString(v.get<std::string>());
    return s == QLatin1String(kMask.data(), qsizetype(kMask.size())) ||
           placeholder.match(s).hasMatch();
}

QString escapePointer(const std::string &key)
{
    QString k = QString::fromStdString(key);
    k.replace(QLatin1Char('~'), QLatin1String("~0"));
    k.replace(QLatin1Char('/'), QLatin1String("~1"));
    return k;
}

// Walks every member; `visit` may rewrite values in place when `mask` is set.
void walkSecrets(J &node, const QString &pointer, QStringList &found, bool mask)
{
    if (node.is_object()) {
        for (auto it = node.begin(); it != node.end(); ++it) {
            const QString child = pointer + QLatin1Char('/') + escapePointer(it.key());
            if (isSecretKey(it.key()) && !isPlaceholder(it.value())) {
                found.append(child);
                if (mask)
                    it.value() = std::string(kMask);
                continue;
            }
            walkSecrets(it.value(), child, found, mask);
        }
    } else if (node.is_array()) {
        for (std::size_t i = 0; i < node.size(); ++i)
            walkSecrets(node[i], pointer + QLatin1Char('/') + QString::number(i), found, mask);
    } else if (node.is_string()) {
        const QString value = QString::fromStdString(node.get<std::string>());
        const QString masked = maskText(value);
        if (masked != value) {
            found.append(pointer);
            if (mask)
                node = masked.toStdString();
        }
    }
}

void locate(const QByteArray &bytes, qint64 offset, PlanFileError &e)
{
    e.offset = offset;
    e.line = 1;
    e.column = 1;
    for (qint64 i = 0; i < offset && i < bytes.size(); ++i) {
        if (bytes.at(i) == '\n') {
            ++e.line;
            e.column = 1;
        } else {
            ++e.column;
        }
    }
}

PlanLoadResult failure(PlanFileErrorCode code, const QString &pointer = {},
                       const QString &detail = {})
{
    PlanLoadResult r;
    r.error.code = code;
    r.error.pointer = pointer;
    r.error.detail = detail;
    return r;
}

} // namespace

QByteArray serializePlan(const Plan &plan)
{
    return dump(document(plan));
}

PlanLoadResult parsePlan(const QByteArray &bytes)
{
    J doc;
    try {
        doc = J::parse(bytes.constBegin(), bytes.constEnd());
    } catch (const nlohmann::json::parse_error &ex) {
        PlanLoadResult r = failure(PlanFileErrorCode::NotJson);
        // nlohmann reports the 1-based index of the last byte read: the offending one.
        locate(bytes, ex.byte > 0 ? qint64(ex.byte) - 1 : 0, r.error);
        r.error.detail = maskText(QString::fromUtf8(ex.what()));
        return r;
    } catch (const nlohmann::json::exception &ex) {
        return failure(PlanFileErrorCode::NotJson, {}, maskText(QString::fromUtf8(ex.what())));
    }
    if (!doc.is_object())
        return failure(PlanFileErrorCode::WrongFormat, QString(), QStringLiteral("not an object"));
    const auto format = doc.find("format");
    if (format == doc.end() || !format->is_string() ||
        format->get<std::string>() != kPlanFileFormat)
        return failure(PlanFileErrorCode::WrongFormat, QStringLiteral("/format"));
    const auto version = doc.find("version");
    if (version == doc.end() || !version->is_number_integer())
        return failure(PlanFileErrorCode::InvalidContent, QStringLiteral("/version"),
                       QStringLiteral("expected an integer"));
    if (version->is_number_unsigned()
            ? version->get<std::uint64_t>() > std::uint64_t(kPlanFileVersion)
            : version->get<std::int64_t>() > kPlanFileVersion) {
        PlanLoadResult r = failure(PlanFileErrorCode::NewerVersion, QStringLiteral("/version"));
        r.error.version =
            version->is_number_unsigned()
                ? int(std::min<std::uint64_t>(version->get<std::uint64_t>(), INT32_MAX))
                : int(std::min<std::int64_t>(version->get<std::int64_t>(), INT32_MAX));
        return r;
    }
    if (version->get<std::int64_t>() < 1)
        return failure(PlanFileErrorCode::InvalidContent, QStringLiteral("/version"),
                       QStringLiteral("unsupported version"));
    const auto planJson = doc.find("plan");
    if (planJson == doc.end())
        return failure(PlanFileErrorCode::InvalidContent, QStringLiteral("/plan"),
                       QStringLiteral("required member missing"));
    try {
        PlanLoadResult r;
        r.plan = planjson::planFromJson(*planJson, QStringLiteral("/plan"));
        return r;
    } catch (const planjson::ContentError &ex) {
        return failure(PlanFileErrorCode::InvalidContent, ex.pointer, ex.detail);
    } catch (const nlohmann::json::exception &ex) {
        return failure(PlanFileErrorCode::InvalidContent, QStringLiteral("/plan"),
                       maskText(QString::fromUtf8(ex.what())));
    }
}

PlanLoadResult loadPlanFile(const QString &path)
{
    QFile file(path);
    const QFileInfo info(path);
    PlanLoadResult r;
    if (!info.exists()) {
        r = failure(PlanFileErrorCode::NotFound);
    } else if (info.size() > kPlanFileMaxBytes) {
        r = failure(PlanFileErrorCode::TooLarge, {}, QString::number(info.size()));
    } else if (!file.open(QIODevice::ReadOnly)) {
        r = failure(PlanFileErrorCode::CannotRead, {}, file.errorString());
    } else {
        const QByteArray bytes = file.read(kPlanFileMaxBytes + 1);
        if (bytes.size() > kPlanFileMaxBytes)
            r = failure(PlanFileErrorCode::TooLarge, {}, QString::number(bytes.size()));
        else
            r = parsePlan(bytes);
    }
    r.error.path = path;
    if (r.ok())
        r.error.code = PlanFileErrorCode::None;
    return r;
}

QStringList findSecrets(const Plan &plan)
{
    J doc = document(plan);
    QStringList found;
    walkSecrets(doc, QString(), found, false);
    return found;
}

Plan sanitizedPlan(const Plan &plan)
{
    J doc = document(plan);
    QStringList found;
    walkSecrets(doc, QString(), found, true);
    if (found.isEmpty())
        return plan;
    try {
        return planjson::planFromJson(doc["plan"], QStringLiteral("/plan"));
    } catch (const planjson::ContentError &) {
    } catch (const nlohmann::json::exception &) {
    }
    // Masking only rewrites strings, so the masked document always reads back; should it not,
    // an empty plan is the safe answer.
    Plan empty;
    empty.id = plan.id;
    return empty;
}

PlanFileError savePlanFile(const QString &path, const Plan &plan, SecretPolicy policy)
{
    PlanFileError e;
    e.path = path;
    J doc = document(plan);
    QStringList found;
    walkSecrets(doc, QString(), found, policy == SecretPolicy::Mask);
    if (!found.isEmpty() && policy == SecretPolicy::Refuse) {
        e.code = PlanFileErrorCode::SecretContent;
        e.pointers = found;
        e.pointer = found.first();
        return e;
    }
    const QByteArray bytes = dump(doc);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        e.code = PlanFileErrorCode::CannotWrite;
        e.detail = file.errorString();
        return e;
    }
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        e.code = PlanFileErrorCode::CannotWrite;
        e.detail = file.errorString();
        file.cancelWriting();
        return e;
    }
    return e;
}

QString describePlanFileError(const PlanFileError &e)
{
    switch (e.code) {
    case PlanFileErrorCode::None:
        return {};
    case PlanFileErrorCode::NotFound:
        return Tr::tr("The plan file %1 does not exist.").arg(e.path);
    case PlanFileErrorCode::CannotRead:
        return Tr::tr("The plan file %1 cannot be read: %2").arg(e.path, e.detail);
    case PlanFileErrorCode::TooLarge:
        return Tr::tr("The file %1 is too large to be a plan.").arg(e.path);
    case PlanFileErrorCode::NotJson:
        return Tr::tr("The plan file %1 is damaged: invalid JSON at line %2, column %3. "
                      "The file was left as it is.")
            .arg(e.path)
            .arg(e.line)
            .arg(e.column);
    case PlanFileErrorCode::WrongFormat:
        return Tr::tr("The file %1 is not a Ferry plan.").arg(e.path);
    case PlanFileErrorCode::NewerVersion:
        return Tr::tr("The plan file %1 was written by a newer Ferry (format version %2; this "
                      "version reads up to %3). Update Ferry to open it; the file was left as "
                      "it is.")
            .arg(e.path)
            .arg(e.version)
            .arg(kPlanFileVersion);
    case PlanFileErrorCode::InvalidContent:
        return Tr::tr("The plan file %1 has an invalid entry at %2 (%3). The file was left as "
                      "it is.")
            .arg(e.path, e.pointer, e.detail);
    case PlanFileErrorCode::SecretContent:
        return Tr::tr("The plan was not saved: %n value(s) look like secrets (%1). Plans never "
                      "hold secrets; remove them and save again.",
                      nullptr, int(e.pointers.size()))
            .arg(e.pointers.join(QStringLiteral(", ")));
    case PlanFileErrorCode::CannotWrite:
        return Tr::tr("The plan could not be saved to %1: %2. The previous file is unchanged.")
            .arg(e.path, e.detail);
    }
    return {};
}

} // namespace ferry::model
