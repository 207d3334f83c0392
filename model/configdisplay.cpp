// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/configdisplay.h"

#include "model/mms.h"
#include "model/sanitizer.h"

namespace ferry::model {

bool isSecretConfigItem(const MmsConfigItem &item)
{
    if (item.type.compare(QLatin1String("password"), Qt::CaseInsensitive) == 0 ||
        item.type.compare(QLatin1String("file"), Qt::CaseInsensitive) == 0)
        return true;
    if (isSecretKey(item.key.toStdString()))
        return true;
    return item.value.contains(QLatin1String("PRIVATE KEY"), Qt::CaseInsensitive);
}

QString displayedConfigValue(const MmsConfigItem &item)
{
    if (isSecretConfigItem(item))
        return QString::fromLatin1(kMask.data(), qsizetype(kMask.size()));
    return maskText(item.value);
}

} // namespace ferry::model
