// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "results/runinfo.h"
#include "shadow/shadowrun.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class WorkspaceDocument;

// A shadow run on the user's own prompts: paste them (one a line) or import a .txt, .csv or .jsonl
// file, choose the category whose prompt wraps them, the baseline and candidates, and whether a
// pairwise judge says which answer is better; then start it, follow its progress, or cancel it.
// The run goes through the run engine (ShadowRunner) and lands in the results database.
class ShadowRunDialog : public QDialog
{
    Q_OBJECT
public:
    ShadowRunDialog(WorkspaceDocument* document, const QString& databasePath, QWidget* parent = nullptr);
    ~ShadowRunDialog() override;

    void setChoice(const QString& category, const QString& baseline, const QStringList& candidates);
    void setPrompts(const QString& text);
    void setSimulated(bool simulated);
    ShadowRunSpec spec() const; // as chosen so far
    QString problem() const; // why Start is not possible, translated; empty when it is
    bool start();
    ShadowRunner* runner() { return &m_runner; }
    QString statusText() const;

Q_SIGNALS:
    void runFinished(const RunInfo& run);

protected:
    void reject() override;

private:
    QWidget* createChoices();
    QWidget* createPromptBox();
    void fillModels();
    void importFile();
    void updateState();
    void onProgress(const RunProgress& progress);
    void onPhase(ShadowRunner::Phase phase);
    void onFinished(const RunInfo& run);
    void onFailed(const QString& message);

    WorkspaceDocument* m_document;
    QString m_databasePath;
    ShadowRunner m_runner;
    QComboBox* m_category = nullptr;
    QComboBox* m_baseline = nullptr;
    QListWidget* m_candidates = nullptr;
    QPlainTextEdit* m_prompts = nullptr;
    QLabel* m_promptCount = nullptr;
    QCheckBox* m_useJudge = nullptr;
    QComboBox* m_judge = nullptr;
    QCheckBox* m_simulated = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_startButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QList<TestCase> m_imported; // the inputs of an imported file, until the text is edited
    QString m_importedText;
    bool m_done = false;
};
