// SPDX-License-Identifier: GPL-3.0-or-later
#include "cloudapi/sandbox/mmspartitionfilter.h"

#include <QRegularExpression>

#include <map>

namespace ferry::sandbox::mms {

namespace {

int compareValues(const QString &a, const QString &b)
{
    bool aNum = false;
    bool bNum = false;
    const double x = a.toDouble(&aNum);
    const double y = b.toDouble(&bNum);
    if (aNum && bNum)
        return x < y ? -1 : (x > y ? 1 : 0);
    return a.compare(b);
}

} // namespace

std::optional<PartitionFilter> PartitionFilter::parse(const QString &expression, QString *error)
{
    static const QRegularExpression orSplit(QStringLiteral(R"(\s+or\s+)"),
                                            QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression andSplit(QStringLiteral(R"(\s+and\s+)"),
                                             QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression comparison(QStringLiteral(
        R"re(^\s*`?([A-Za-z_][A-Za-z0-9_]*)`?\s*(==|=|!=|<>|<=|>=|<|>)\s*(?:'([^']*)'|"([^"]*)"|([^\s'"]+))\s*$)re"));

    PartitionFilter filter;
    const QString trimmed = expression.trimmed();
    if (trimmed.isEmpty()) {
        if (error)
            *error = QStringLiteral("empty filter expression");
        return std::nullopt;
    }
    for (const QString &disjunct : trimmed.split(orSplit)) {
        std::vector<Comparison> all;
        for (const QString &term : disjunct.split(andSplit)) {
            const auto m = comparison.match(term);
            if (!m.hasMatch()) {
                if (error)
                    *error = QStringLiteral("cannot parse \"%1\"").arg(term.trimmed());
                return std::nullopt;
            }
            QString value = m.captured(3);
            if (value.isNull())
                value = m.captured(4);
            if (value.isNull())
                value = m.captured(5);
            all.push_back({m.captured(1).toLower(), m.captured(2), value});
        }
        filter.m_anyOf.push_back(std::move(all));
    }
    return filter;
}

bool PartitionFilter::matches(const QString &value) const
{
    std::map<QString, QString> spec;
    for (const QString &pair : value.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        const int eq = pair.indexOf(QLatin1Char('='));
        if (eq > 0)
            spec[pair.left(eq).toLower()] = pair.mid(eq + 1);
    }
    for (const auto &all : m_anyOf) {
        bool ok = true;
        for (const Comparison &c : all) {
            const auto it = spec.find(c.key);
            if (it == spec.end()) {
                ok = false;
                break;
            }
            const int cmp = compareValues(it->second, c.value);
            if ((c.op == QLatin1String("=") || c.op == QLatin1String("==")) && cmp != 0)
                ok = false;
            else if ((c.op == QLatin1String("!=") || c.op == QLatin1String("<>")) && cmp == 0)
                ok = false;
            else if (c.op == QLatin1String("<") && cmp >= 0)
                ok = false;
            else if (c.op == QLatin1String("<=") && cmp > 0)
                ok = false;
            else if (c.op == QLatin1String(">") && cmp <= 0)
                ok = false;
            else if (c.op == QLatin1String(">=") && cmp < 0)
                ok = false;
            if (!ok)
                break;
        }
        if (ok)
            return true;
    }
    return false;
}

} // namespace ferry::sandbox::mms
