// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/wizard/mmsverification.h"

#include <QRegularExpression>

#include <algorithm>

namespace ferry::gui {

MmsVerification verificationFromLogs(const model::MmsTask &task,
                                     const QList<model::MmsTaskLog> &logs)
{
    MmsVerification v;
    v.taskId = task.id;
    v.sourceTable = task.srcDbName + QLatin1Char('.') + task.srcTableName;
    v.targetTable = task.dstDbName + QLatin1Char('.') + task.dstTableName;
    static const QRegularExpression source(QStringLiteral(R"(source rows:?\s*(\d+))"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression target(QStringLiteral(R"(target rows:?\s*(\d+))"),
                                           QRegularExpression::CaseInsensitiveOption);
    for (const model::MmsTaskLog &log : logs) {
        if (const auto m = source.match(log.msg); m.hasMatch())
            v.sourceRows = m.captured(1).toLongLong();
        if (const auto m = target.match(log.msg); m.hasMatch())
            v.targetRows = m.captured(1).toLongLong();
        const QString msg = log.msg.toLower();
        if (log.status == model::MmsTaskStatus::VerificationFailed ||
            msg.contains(QLatin1String("verification failed"))) {
            v.outcome = MmsVerification::Outcome::Failed;
            v.message = log.msg;
        } else if (msg.contains(QLatin1String("verification passed"))) {
            v.outcome = MmsVerification::Outcome::Passed;
            v.message = log.msg;
        }
    }
    if (v.outcome == MmsVerification::Outcome::Pending &&
        task.status == model::MmsTaskStatus::Done) {
        if (v.sourceRows && v.targetRows)
            v.outcome = *v.sourceRows == *v.targetRows ? MmsVerification::Outcome::Passed
                                                       : MmsVerification::Outcome::Failed;
        else
            v.outcome = MmsVerification::Outcome::Skipped;
    }
    if (v.outcome == MmsVerification::Outcome::Passed && v.sourceRows && v.targetRows &&
        *v.sourceRows != *v.targetRows)
        v.outcome = MmsVerification::Outcome::Failed;
    return v;
}

QList<MmsVerification> verificationByTable(const QList<MmsVerification> &perTask)
{
    using Outcome = MmsVerification::Outcome;
    QList<MmsVerification> out;
    for (const MmsVerification &v : perTask) {
        auto it = std::find_if(out.begin(), out.end(), [&v](const MmsVerification &o) {
            return o.sourceTable == v.sourceTable;
        });
        if (it == out.end()) {
            out.append(v);
            continue;
        }
        const auto add = [](std::optional<qint64> &sum, const std::optional<qint64> &part) {
            sum = (sum && part) ? std::optional<qint64>(*sum + *part) : std::nullopt;
        };
        add(it->sourceRows, v.sourceRows);
        add(it->targetRows, v.targetRows);
        const auto rank = [](Outcome o) {
            switch (o) {
            case Outcome::Failed:
                return 3;
            case Outcome::Pending:
                return 2;
            case Outcome::Skipped:
                return 1;
            case Outcome::Passed:
                return 0;
            }
            return 0;
        };
        if (rank(v.outcome) > rank(it->outcome)) {
            it->outcome = v.outcome;
            it->message = v.message;
        }
    }
    return out;
}

} // namespace ferry::gui
