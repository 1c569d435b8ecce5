// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "runplan.h"

#include <functional>
#include <optional>
#include <QSet>

// The id of the request of the job of key: "category/case/model/repeat".
QString jobRequestId(const JobKey& key);

// The jobs of a run plan made one at a time, in the order expandJobs() lists them (category, case,
// model, repeat), so that a run of a hundred thousand calls never holds a hundred thousand requests:
// the engine takes the next job only when a provider has room for it. A source may be narrowed to
// the models of one provider, and told which jobs to leave out (those a resumed run already has).
// It reads the workspace it was made from, which must outlive it.
class JobSource
{
public:
    using Skip = std::function<bool(const JobKey&)>;

    JobSource(const Workspace& workspace, const RunPlan& plan, const QString& providerName = {});
    // The source reads the workspace as it makes each job, so it must outlive the source.
    JobSource(Workspace&& workspace, const RunPlan& plan, const QString& providerName = {}) = delete;

    void setSkip(Skip skip); // jobs for which skip returns true are never made nor counted
    std::optional<RunJob> next(); // nullopt once every job has been made
    qsizetype count() const; // every job this source makes from its start, without making them
    qsizetype remaining() const; // those it has still to make
    QStringList providerNames() const; // of its models, each once, in the plan's order
    // The job next() made for key again, for who keeps only the key (and the case's index in its
    // category) while the job waits, as a batch does for hours.
    RunJob job(const JobKey& key, qsizetype caseIndex) const;

private:
    std::optional<JobKey> nextKey();
    RunJob makeJob(const JobKey& key);
    const Category* category() const;
    bool cellAllowed() const;

    const Workspace* m_workspace;
    RunPlan m_plan;
    QStringList m_categories;
    QList<const ModelSpec*> m_models;
    QSet<std::pair<QString, QString>> m_cells;
    Skip m_skip;
    // The cursor: the next key is made from these.
    qsizetype m_category = 0;
    qsizetype m_case = 0;
    qsizetype m_model = 0;
    int m_repeat = 0;
    mutable std::optional<qsizetype> m_remaining; // counted on first need
    // What the current case renders to, and the request of its current model: made once for all
    // the repeats and models that share them, as expandJobs() always did.
    std::pair<qsizetype, qsizetype> m_renderedCase { -1, -1 }; // category and case
    qsizetype m_requestModel = -1;
    RenderedPrompt m_prompt;
    QString m_flattened;
    CompletionRequest m_request;
};
