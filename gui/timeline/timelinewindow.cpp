// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/timeline/timelinewindow.h"

#include "gui/planner/plandocument.h"
#include "gui/timeline/timelinepage.h"
#include "model/planfile.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QFuture>
#include <QMenuBar>
#include <QPromise>
#include <QStatusBar>
#include <QThreadPool>

namespace ferry::gui {

TimelineWindow::TimelineWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_document(new PlanDocument(this))
{
    setObjectName(QStringLiteral("timelineWindow"));
    m_document->setReadOnly(true);
    m_page = new TimelinePage(*m_document, this);
    setCentralWidget(m_page);
    setWindowTitle(tr("Manager Timeline — Ferry"));
    setWindowIcon(QIcon(QStringLiteral(":/ferry/icons/ferry.svg")));

    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *close = file->addAction(tr("&Close"));
    close->setObjectName(QStringLiteral("closeTimelineAction"));
    close->setShortcut(QKeySequence::Close);
    connect(close, &QAction::triggered, this, &QWidget::close);
    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (QAction *a : m_page->viewActions())
        view->addAction(a);
    statusBar()->showMessage(tr("Read-only: this window only shows the plan."));
    resize(1280, 800);
}

TimelineWindow::~TimelineWindow() = default;

void TimelineWindow::openFile(const QString &path)
{
    const quint64 generation = ++m_generation;
    const QString absolute = QFileInfo(path).absoluteFilePath();
    statusBar()->showMessage(tr("Opening %1…").arg(QDir::toNativeSeparators(absolute)));
    auto promise = std::make_shared<QPromise<model::PlanLoadResult>>();
    QFuture<model::PlanLoadResult> future = promise->future();
    promise->start();
    QThreadPool::globalInstance()->start([promise, absolute] {
        promise->addResult(model::loadPlanFile(absolute));
        promise->finish();
    });
    future.then(this, [this, generation, absolute](const model::PlanLoadResult &r) {
        if (generation != m_generation)
            return;
        if (!r.ok()) {
            const QString error = model::describePlanFileError(r.error);
            m_page->showMessage(tr("Cannot show this plan"), error);
            statusBar()->showMessage(tr("The plan was not opened."));
            Q_EMIT openFinished(false, error);
            return;
        }
        m_document->open(*r.plan, PlanDocument::Origin::File, absolute);
        m_document->setReadOnly(true);
        setWindowTitle(tr("%1 — Manager Timeline — Ferry").arg(QFileInfo(absolute).fileName()));
        statusBar()->showMessage(tr("Read-only: %1").arg(QDir::toNativeSeparators(absolute)));
        Q_EMIT openFinished(true, QString());
    });
}

} // namespace ferry::gui
