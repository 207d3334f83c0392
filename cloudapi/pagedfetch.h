// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cloudapi/callhandle.h"
#include "cloudapi/result.h"
#include "model/page.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>

#include <functional>
#include <memory>

namespace ferry::cloudapi {

/// Reports a fetch-all's progress: items fetched so far and the server's total (0 if unknown).
using FetchProgress = std::function<void(qint64 fetched, qint64 total)>;

/// Requests one page (1-based `pageNum`) of a list.
template<class T>
using PageFetcher = std::function<CallHandle(int pageNum, int pageSize, QObject *context,
                                             std::function<void(Result<model::Page<T>>)> done)>;

/// Fetches page after page until the list is complete, then delivers the concatenated items, or
/// the first error. The list is complete when the server's total is reached or a page comes back
/// empty; when the server gives no total, also when a page comes back short. A server that keeps
/// sending pages past `maxPages` gives an InvalidResponse error rather than an endless loop.
/// Cancelling the handle stops at once; neither `progress` nor `done` runs afterwards.
template<class T>
CallHandle fetchAllPages(PageFetcher<T> fetchPage, int pageSize, QObject *context,
                         FetchProgress progress, std::function<void(Result<QList<T>>)> done,
                         int maxPages = 2000)
{
    struct Run
    {
        PageFetcher<T> fetchPage;
        int pageSize;
        int maxPages;
        QObject *context;
        FetchProgress progress;
        std::function<void(Result<QList<T>>)> done;
        std::shared_ptr<CallHandle::State> state;
        QList<T> items;
        int pages = 0;

        static void next(const std::shared_ptr<Run> &run, int pageNum)
        {
            if (run->state->cancelled)
                return;
            const quint64 generation = ++run->state->generation;
            CallHandle inner = run->fetchPage(pageNum, run->pageSize, run->context,
                                              [run, pageNum](Result<model::Page<T>> page) {
                                                  onPage(run, pageNum, std::move(page));
                                              });
            if (run->state->generation == generation && !run->state->finished)
                run->state->cancelCurrent = [inner]() mutable { inner.cancel(); };
        }

        static void finish(const std::shared_ptr<Run> &run, Result<QList<T>> result)
        {
            run->state->finished = true;
            run->state->cancelCurrent = nullptr;
            run->done(std::move(result));
        }

        static void onPage(const std::shared_ptr<Run> &run, int pageNum, Result<model::Page<T>> r)
        {
            if (run->state->cancelled)
                return;
            if (!r.ok()) {
                finish(run, r.error());
                return;
            }
            const model::Page<T> &page = r.value();
            run->items.append(page.items);
            ++run->pages;
            if (run->progress)
                run->progress(run->items.size(), page.total);
            if (run->state->cancelled) // the progress callback may cancel
                return;
            // With a total, only the total (or an empty page) ends the list: a server may cap the
            // page size below the one asked for without saying so. Without one, a short page does.
            bool complete = page.items.isEmpty();
            if (page.total > 0) {
                complete = complete || run->items.size() >= page.total;
            } else {
                const int applied = page.pageSize > 0 ? page.pageSize : run->pageSize;
                complete = complete || page.items.size() < applied;
            }
            if (complete) {
                finish(run, std::move(run->items));
                return;
            }
            if (run->pages >= run->maxPages) {
                ApiError e;
                e.kind = ErrorKind::InvalidResponse;
                e.code = QStringLiteral("PagingDidNotEnd");
                e.message = QCoreApplication::translate("ferry::cloudapi::PagedFetch",
                                                        "The list did not end after %n pages.",
                                                        nullptr, run->pages);
                finish(run, e);
                return;
            }
            next(run, pageNum + 1);
        }
    };

    auto run = std::make_shared<Run>();
    run->fetchPage = std::move(fetchPage);
    run->pageSize = pageSize > 0 ? pageSize : 1;
    run->maxPages = maxPages > 0 ? maxPages : 1;
    run->context = context;
    run->progress = std::move(progress);
    run->done = std::move(done);
    run->state = std::make_shared<CallHandle::State>();
    Run::next(run, 1);
    return CallHandle(run->state);
}

} // namespace ferry::cloudapi
