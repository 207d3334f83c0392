// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/planner/planfilecontroller.h"

#include "gui/planner/plandocument.h"
#include "gui/planner/planformat.h"
#include "gui/planner/planprompts.h"
#include "model/planautosave.h"
#include "model/settings.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFuture>
#include <QMenu>
#include <QPromise>
#include <QRegularExpression>
#include <QThreadPool>
#include <QUuid>

namespace ferry::gui {

struct PlanFileController::Loaded
{
    QString path;
    bool sample = false;
    quint64 generation = 0;
    model::PlanLoadResult result;
    std::optional<model::Plan> autosave; ///< a newer autosave of the file, when readable
    QDateTime autosavedAt;
};

QString PlanFileController::samplePath()
{
    return QStringLiteral(":/ferry/samples/sandbox-migration.ferryplan.json");
}

PlanFileController::PlanFileController(PlanDocument &document, model::Settings &settings,
                                       PlanPrompts &prompts, QString autosaveDirectory,
                                       QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_settings(settings)
    , m_prompts(prompts)
    , m_autosaveDirectory(std::move(autosaveDirectory))
    , m_lastDirectory(QDir::homePath())
{
    m_new = new QAction(tr("&New Plan"), this);
    m_new->setObjectName(QStringLiteral("newPlanAction"));
    m_new->setShortcut(QKeySequence::New);
    m_new->setStatusTip(tr("Start an empty cutover plan."));
    connect(m_new, &QAction::triggered, this, &PlanFileController::newPlan);
    m_open = new QAction(tr("&Open Plan…"), this);
    m_open->setObjectName(QStringLiteral("openPlanAction"));
    m_open->setShortcut(QKeySequence::Open);
    m_open->setStatusTip(tr("Open a plan file."));
    connect(m_open, &QAction::triggered, this, &PlanFileController::open);
    m_openSample = new QAction(tr("Open &Sample Plan"), this);
    m_openSample->setObjectName(QStringLiteral("openSamplePlanAction"));
    m_openSample->setStatusTip(tr("Open the shipped example of a complete migration, read-only."));
    connect(m_openSample, &QAction::triggered, this, &PlanFileController::openSample);
    m_save = new QAction(tr("&Save"), this);
    m_save->setObjectName(QStringLiteral("savePlanAction"));
    m_save->setShortcut(QKeySequence::Save);
    connect(m_save, &QAction::triggered, this, [this] { save(); });
    m_saveAs = new QAction(tr("Save &As…"), this);
    m_saveAs->setObjectName(QStringLiteral("savePlanAsAction"));
    m_saveAs->setShortcut(QKeySequence::SaveAs);
    connect(m_saveAs, &QAction::triggered, this, [this] { saveAs(); });

    connect(&m_document, &PlanDocument::stateChanged, this, [this] {
        if (m_autosave && m_autosave->autosavePath() != autosavePath())
            resetAutosave();
        updateActions();
    });
    connect(&m_document, &PlanDocument::planReset, this, &PlanFileController::resetAutosave);
    connect(&m_document, &PlanDocument::planEdited, this, [this] {
        if (!m_autosave)
            resetAutosave();
        if (m_autosave)
            m_autosave->planChanged(m_document.plan());
    });
    updateActions();
}

PlanFileController::~PlanFileController() = default;

void PlanFileController::updateActions()
{
    m_save->setEnabled(m_document.hasPlan());
    m_saveAs->setEnabled(m_document.hasPlan());
}

QString PlanFileController::untitledAutosavePath() const
{
    return QDir(m_autosaveDirectory).filePath(QStringLiteral("untitled.ferryplan.json.autosave"));
}

QString PlanFileController::autosavePath() const
{
    if (!m_document.hasPlan() || m_document.isReadOnly())
        return {};
    if (m_document.origin() == PlanDocument::Origin::File)
        return model::PlanAutosave::autosavePathFor(m_document.filePath());
    return untitledAutosavePath();
}

void PlanFileController::resetAutosave()
{
    m_autosave.reset();
    const QString path = autosavePath();
    if (path.isEmpty())
        return;
    if (m_document.origin() != PlanDocument::Origin::File)
        QDir().mkpath(m_autosaveDirectory);
    m_autosave = std::make_unique<model::PlanAutosave>(path, m_autosaveInterval);
    connect(m_autosave.get(), &model::PlanAutosave::autosaved, this, [this] {
        Q_EMIT statusMessage(
            tr("Unsaved changes kept in an autosave at %1.")
                .arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
    });
    connect(m_autosave.get(), &model::PlanAutosave::autosaveFailed, this,
            [this](const model::PlanFileError &e) {
                Q_EMIT statusMessage(
                    tr("Autosave failed: %1").arg(model::describePlanFileError(e)));
            });
    // A plan opened with recovered changes is dirty from the start.
    if (m_document.isModified())
        m_autosave->planChanged(m_document.plan());
}

void PlanFileController::discardAutosave()
{
    if (m_autosave)
        m_autosave->markSaved();
}

void PlanFileController::setAutosaveInterval(std::chrono::milliseconds interval)
{
    m_autosaveInterval = interval;
    if (m_autosave)
        m_autosave->setInterval(interval);
}

bool PlanFileController::autosaveNow()
{
    return !m_autosave || m_autosave->saveNow();
}

void PlanFileController::afterConfirm(std::function<void()> action)
{
    if (confirmClose(action))
        action();
}

bool PlanFileController::confirmClose(std::function<void()> proceed)
{
    if (!m_document.hasPlan() || !m_document.isModified())
        return true;
    m_prompts.askSaveChanges(m_document.displayName(),
                             [this, proceed = std::move(proceed)](PlanPrompts::SaveChoice c) {
                                 switch (c) {
                                 case PlanPrompts::SaveChoice::Save:
                                     save([proceed](bool ok) {
                                         if (ok)
                                             proceed();
                                     });
                                     break;
                                 case PlanPrompts::SaveChoice::Discard:
                                     discardAutosave();
                                     proceed();
                                     break;
                                 case PlanPrompts::SaveChoice::Cancel:
                                     break;
                                 }
                             });
    return false;
}

void PlanFileController::newPlan()
{
    afterConfirm([this] {
        model::Plan plan;
        plan.id = QStringLiteral("plan-") + QUuid::createUuid().toString(QUuid::Id128).left(12);
        plan.name = tr("New migration plan");
        plan.createdAt = m_document.now();
        plan.modifiedAt = plan.createdAt;
        m_document.open(plan, PlanDocument::Origin::Untitled);
        Q_EMIT statusMessage(tr("New plan: add its phases, or open the sample plan to see a "
                                "complete one."));
        Q_EMIT planOpened();
    });
}

void PlanFileController::open()
{
    const QString dir = m_document.origin() == PlanDocument::Origin::File
                            ? QFileInfo(m_document.filePath()).absolutePath()
                            : m_lastDirectory;
    m_prompts.chooseFileToOpen(dir, [this](const QString &path) {
        if (!path.isEmpty())
            openFile(path);
    });
}

void PlanFileController::openFile(const QString &path)
{
    startLoad(path, false);
}

void PlanFileController::openSample()
{
    startLoad(samplePath(), true);
}

void PlanFileController::startLoad(const QString &path, bool sample)
{
    const quint64 generation = ++m_generation;
    Q_EMIT statusMessage(tr("Opening %1…").arg(QDir::toNativeSeparators(path)));
    auto promise = std::make_shared<QPromise<Loaded>>();
    QFuture<Loaded> future = promise->future();
    promise->start();
    QThreadPool::globalInstance()->start([promise, path, sample, generation] {
        Loaded loaded;
        loaded.path = path;
        loaded.sample = sample;
        loaded.generation = generation;
        loaded.result = model::loadPlanFile(path);
        if (!sample && loaded.result.ok()) {
            const QString autosave = model::PlanAutosave::autosavePathFor(path);
            const QFileInfo a(autosave);
            if (a.exists() && a.lastModified() > QFileInfo(path).lastModified()) {
                model::PlanLoadResult r = model::loadPlanFile(autosave);
                if (r.ok()) {
                    loaded.autosave = std::move(r.plan);
                    loaded.autosavedAt = a.lastModified().toUTC();
                }
            }
        }
        promise->addResult(std::move(loaded));
        promise->finish();
    });
    // The continuation runs on this object's thread, and not at all once it is gone.
    future.then(this, [this](const Loaded &loaded) { finishLoad(loaded); });
}

void PlanFileController::finishLoad(const Loaded &loaded)
{
    if (loaded.generation != m_generation)
        return; // a later open superseded this one
    if (!loaded.result.ok()) {
        const model::PlanFileError &e = loaded.result.error;
        if (e.code == model::PlanFileErrorCode::NotFound && !loaded.sample)
            m_settings.removeRecentPlan(loaded.path);
        m_prompts.showError(tr("Cannot Open Plan"), model::describePlanFileError(e));
        Q_EMIT statusMessage(tr("The plan was not opened."));
        Q_EMIT openFinished(false);
        return;
    }
    afterConfirm([this, loaded] {
        const auto install = [this, loaded](bool recover) {
            if (loaded.sample) {
                m_document.open(*loaded.result.plan, PlanDocument::Origin::Sample);
                Q_EMIT statusMessage(tr("The sample plan is open read-only. Edit a copy to "
                                        "change it."));
            } else {
                const QString path = QFileInfo(loaded.path).absoluteFilePath();
                if (!recover && loaded.autosave)
                    QFile::remove(model::PlanAutosave::autosavePathFor(path));
                m_document.open(recover ? *loaded.autosave : *loaded.result.plan,
                                PlanDocument::Origin::File, path, recover);
                m_settings.addRecentPlan(path);
                m_lastDirectory = QFileInfo(path).absolutePath();
                Q_EMIT statusMessage(recover
                                         ? tr("Opened %1 with the recovered changes.")
                                               .arg(QDir::toNativeSeparators(path))
                                         : tr("Opened %1.").arg(QDir::toNativeSeparators(path)));
            }
            Q_EMIT planOpened();
            Q_EMIT openFinished(true);
        };
        if (loaded.autosave)
            m_prompts.askRecoverAutosave(QFileInfo(loaded.path).fileName(), loaded.autosavedAt,
                                         install);
        else
            install(false);
    });
}

void PlanFileController::offerUntitledRecovery()
{
    const QString path = untitledAutosavePath();
    if (!QFileInfo::exists(path))
        return;
    const model::PlanLoadResult r = model::loadPlanFile(path);
    if (!r.ok()) {
        QFile::remove(path);
        return;
    }
    const QDateTime at = QFileInfo(path).lastModified().toUTC();
    m_prompts.askRecoverAutosave(r.plan->name, at, [this, path, plan = *r.plan](bool recover) {
        if (!recover) {
            QFile::remove(path);
            return;
        }
        afterConfirm([this, plan] {
            m_document.open(plan, PlanDocument::Origin::Untitled, {}, true);
            Q_EMIT planOpened();
        });
    });
}

void PlanFileController::save(std::function<void(bool)> done)
{
    if (!done)
        done = [](bool) {};
    if (!m_document.hasPlan()) {
        done(false);
        return;
    }
    if (m_document.origin() != PlanDocument::Origin::File || m_document.isReadOnly()) {
        saveAs(done);
        return;
    }
    writeTo(m_document.filePath(), done);
}

void PlanFileController::saveAs(std::function<void(bool)> done)
{
    if (!done)
        done = [](bool) {};
    if (!m_document.hasPlan()) {
        done(false);
        return;
    }
    QString suggested = m_document.filePath();
    if (suggested.isEmpty()) {
        QString base = m_document.plan().name.trimmed().toLower();
        base.replace(QRegularExpression(QStringLiteral("[^\\w-]+")), QStringLiteral("-"));
        base = base.left(60);
        if (base.isEmpty() || base == QLatin1String("-"))
            base = QStringLiteral("plan");
        suggested = QDir(m_lastDirectory).filePath(base + QStringLiteral(".ferryplan.json"));
    }
    m_prompts.chooseFileToSave(suggested, [this, done](const QString &path) {
        if (path.isEmpty()) {
            done(false);
            return;
        }
        writeTo(path, done);
    });
}

void PlanFileController::writeTo(const QString &path, const std::function<void(bool)> &done)
{
    const model::PlanFileError e = model::savePlanFile(path, m_document.plan());
    if (!e.ok()) {
        QString details;
        if (e.code == model::PlanFileErrorCode::SecretContent)
            details =
                describeSecretLocations(m_document.plan(), e.pointers).join(QLatin1Char('\n'));
        m_prompts.showError(tr("Plan Not Saved"), model::describePlanFileError(e), details);
        Q_EMIT statusMessage(tr("The plan was not saved."));
        done(false);
        return;
    }
    discardAutosave(); // the file now holds everything the autosave held
    const QString absolute = QFileInfo(path).absoluteFilePath();
    m_document.markSaved(absolute);
    m_settings.addRecentPlan(absolute);
    m_lastDirectory = QFileInfo(absolute).absolutePath();
    Q_EMIT statusMessage(tr("Saved %1.").arg(QDir::toNativeSeparators(absolute)));
    done(true);
}

void PlanFileController::fillRecentMenu(QMenu *menu)
{
    menu->clear();
    m_settings.pruneRecentPlans();
    const QStringList files = m_settings.recentPlans();
    for (int i = 0; i < files.size(); ++i) {
        const QString &path = files.at(i);
        const QString text = i < 9 ? tr("&%1 %2").arg(i + 1).arg(QFileInfo(path).fileName())
                                   : QFileInfo(path).fileName();
        QAction *action = menu->addAction(text);
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { openFile(path); });
    }
    if (files.isEmpty())
        menu->addAction(tr("No recent plans"))->setEnabled(false);
    menu->addSeparator();
    QAction *clear = menu->addAction(tr("&Clear Menu"));
    clear->setObjectName(QStringLiteral("clearRecentAction"));
    clear->setEnabled(!files.isEmpty());
    connect(clear, &QAction::triggered, this, &PlanFileController::clearRecent);
}

void PlanFileController::clearRecent()
{
    m_settings.clearRecentPlans();
    Q_EMIT statusMessage(tr("The list of recent plans is cleared."));
}

QStringList PlanFileController::describeSecretLocations(const model::Plan &plan,
                                                        const QStringList &pointers)
{
    QStringList out;
    for (const QString &pointer : pointers) {
        QStringList parts = pointer.split(QLatin1Char('/'), Qt::SkipEmptyParts);
        if (parts.value(0) == QLatin1String("plan"))
            parts.removeFirst();
        QStringList words;
        const model::Gate *gate = nullptr;
        for (int i = 0; i < parts.size(); ++i) {
            const QString &p = parts.at(i);
            bool isIndex = false;
            const int n = p.toInt(&isIndex);
            const QString collection = i > 0 ? parts.at(i - 1) : QString();
            if (!isIndex) {
                if (i + 1 < parts.size() && parts.at(i + 1).toInt(&isIndex) >= 0 && isIndex)
                    continue; // the collection's name: the element says more
                words << p;
                continue;
            }
            if (collection == QLatin1String("phases") && n < plan.phases.size())
                words << tr("phase %1").arg(plan.phases.at(n).id);
            else if (collection == QLatin1String("gates") && n < plan.gates.size()) {
                gate = &plan.gates.at(n);
                words << tr("gate %1").arg(gate->id);
            } else if (collection == QLatin1String("criteria") && gate && n < gate->criteria.size())
                words << tr("criterion %1").arg(gate->criteria.at(n).id);
            else if (collection == QLatin1String("rollback") && n < plan.rollback.size())
                words << tr("rollback of %1").arg(plan.rollback.at(n).phaseId);
            else if (collection == QLatin1String("risks") && n < plan.risks.size())
                words << tr("risk %1").arg(plan.risks.at(n).id);
            else if (collection == QLatin1String("ossImports") && n < plan.ossImports.size())
                words << tr("OSSImport job %1").arg(plan.ossImports.at(n).jobName);
            else if (collection == QLatin1String("decisions") && n < plan.decisions.size())
                words << tr("decision %1").arg(plan.decisions.at(n).id);
            else
                words << tr("%1 #%2").arg(collection).arg(n + 1);
        }
        out << tr("%1 (at %2)").arg(words.join(QStringLiteral(" › ")), pointer);
    }
    return out;
}

} // namespace ferry::gui
