// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/rampolicy.h"

#include <QRegularExpression>

#include <nlohmann/json.hpp>

namespace ferry::model {

bool isRamAction(const QString &action)
{
    static const QRegularExpression shape(QStringLiteral("^[a-z][a-z0-9-]*:[A-Za-z0-9*]+$"));
    return shape.match(action).hasMatch();
}

QString ramPolicyDocument(const QStringList &actions)
{
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    QStringList seen;
    for (const QString &a : actions) {
        const QString action = a.trimmed();
        if (!isRamAction(action) || seen.contains(action))
            continue;
        seen.append(action);
        list.push_back(action.toStdString());
    }
    nlohmann::ordered_json statement = nlohmann::ordered_json::object();
    statement["Effect"] = "Allow";
    statement["Action"] = std::move(list);
    statement["Resource"] = "*";
    nlohmann::ordered_json policy = nlohmann::ordered_json::object();
    policy["Version"] = "1";
    policy["Statement"] = nlohmann::ordered_json::array({std::move(statement)});
    return QString::fromStdString(policy.dump(2));
}

} // namespace ferry::model
