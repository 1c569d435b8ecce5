// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/workspace.h"
#include "results/resultrecord.h"
#include "results/runinfo.h"

#include <memory>
#include <QWidget>

class NoticeBanner;
class QSettings;

namespace Ui {
class ResultDetailPanel;
}

// Everything about one result: the input as it was sent (system prompt and messages), the
// expected output, the model's output (highlighted, read-only), how the scorers judged it, its
// tokens, cost and latency, and the provider's error. Results of simulated runs say so.
class ResultDetailPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ResultDetailPanel(QWidget* parent = nullptr);
    ~ResultDetailPanel() override;

    void setEmptyMessage(const QString& message);
    // The workspace the inputs and scorers are taken from; tells when it changed since the run.
    void setWorkspace(const Workspace& workspace);
    void showResult(const ResultRecord& record, const RunInfo& run, const QString& modelLabel);
    void clear();

    bool isResultShown() const;
    QString title() const;
    QString inputText() const;
    QString outputText() const;
    QString scoringText() const;
    QString noticeText() const;
    bool isSimulatedShown() const;

    void saveState(QSettings& settings) const;
    void restoreState(const QSettings& settings);

private:
    void showHeader(const ResultRecord& record, const RunInfo& run, const QString& modelLabel);
    void showInput(const Category* category, const TestCase* testCase);
    void showScoring(const ResultRecord& record, const Category* category, const TestCase* testCase);
    void showNotice(const ResultRecord& record, const RunInfo& run, bool caseFound);
    QString currentWorkspaceHash();

    std::unique_ptr<Ui::ResultDetailPanel> ui;
    NoticeBanner* m_notice;
    Workspace m_workspace;
    QString m_workspaceHash; // computed when first needed: hashing a big workspace takes a while
};
