// SPDX-License-Identifier: GPL-3.0-or-later
#include "receivedrequest.h"

#include <algorithm>

namespace ferry::sandbox {

QByteArray ReceivedRequest::header(QByteArrayView name) const
{
    QList<QByteArray> values;
    for (const auto &[key, value] : headers) {
        if (QByteArrayView(key).compare(name, Qt::CaseInsensitive) == 0)
            values.append(value.trimmed());
    }
    if (values.size() <= 1)
        return values.isEmpty() ? QByteArray() : values.constFirst();
    std::sort(values.begin(), values.end());
    return values.join(',');
}

bool ReceivedRequest::hasHeader(QByteArrayView name) const
{
    return std::any_of(headers.cbegin(), headers.cend(), [name](const auto &entry) {
        return QByteArrayView(entry.first).compare(name, Qt::CaseInsensitive) == 0;
    });
}

} // namespace ferry::sandbox
