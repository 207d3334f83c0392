// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

namespace ferry::model {

/// One page of a paged list answer, whatever the product calls its paging fields.
template<class T>
struct Page
{
    QList<T> items;
    int total = 0;    ///< total number of items on the server, across pages
    int pageNum = 1;  ///< 1-based page number
    int pageSize = 0; ///< page size the server applied (0 when it does not say)
};

} // namespace ferry::model
