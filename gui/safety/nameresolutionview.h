// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/nameresolution.h"

#include <QWidget>

#include <optional>

class QLabel;

namespace ferry::gui {

class CopyableTable;

/// The kinds of resource a person may name, for kindName().
enum class ResourceKind
{
    DataSource, ///< MMS data source
    MmsJob,     ///< MMS migration job
    MmsTask,    ///< MMS task
    DtsJob,
    SmcServer, ///< SMC source server
    SmcJob,    ///< SMC replication job
};

/// Shows what a typed name resolved to. Exact: the one match is shown and resolved() is emitted
/// at once (nothing to ask). None: says so and suggests checking the name. Ambiguous or
/// FuzzyOnly: the candidates in a table (name, id, type, region, status, created, how it matched)
/// with nothing selected; the person selects a row and confirms (confirmSelection(), usually the
/// OK button of NameResolutionDialog). A similar name is never chosen on its own.
class NameResolutionView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NameResolutionView)

public:
    explicit NameResolutionView(QWidget *parent = nullptr);

    /// What is being named, translated and in lower case, e.g. tr("data source").
    void setObjectKind(const QString &kind);
    /// Shows `resolution`. For Exact, resolved() is emitted before this returns.
    void setResolution(const model::Resolution &resolution);
    const model::Resolution &resolution() const { return m_resolution; }

    /// The row selected now (Ambiguous/FuzzyOnly), not yet confirmed.
    std::optional<model::NameCandidate> selectedCandidate() const;
    /// The exact match, or the confirmed pick.
    std::optional<model::NameCandidate> resolvedCandidate() const { return m_resolved; }
    /// Confirms the selected row; returns false (and does nothing) without a selection.
    bool confirmSelection();

    CopyableTable *table() const { return m_table; }
    QLabel *messageLabel() const { return m_message; }

    /// How a match is described in the table ("exact", "differs only in case", ...).
    static QString matchText(const model::NameMatch &match);
    /// The translated noun for `kind` ("data source", "migration job", ...), for setObjectKind()
    /// and NameResolutionDialog.
    static QString kindName(ResourceKind kind);

Q_SIGNALS:
    /// The selection changed (a row picked or cleared); not a confirmation.
    void selectionChanged();
    /// The name stands for `candidate`: an exact match, or a pick the person confirmed.
    void resolved(const ferry::model::NameCandidate &candidate);

private:
    void fillTable(const QList<model::NameMatch> &matches);

    QString m_kind;
    model::Resolution m_resolution;
    std::optional<model::NameCandidate> m_resolved;
    QLabel *m_message = nullptr;
    CopyableTable *m_table = nullptr;
    QLabel *m_similar = nullptr;
};

} // namespace ferry::gui
