// SPDX-License-Identifier: GPL-3.0-or-later
#include "shadowrundialog.h"

#include "document/workspacedocument.h"
#include "routing/servingmodel.h"
#include "shadowcasemodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

ShadowRunDialog::ShadowRunDialog(WorkspaceDocument* document, const QString& databasePath, QWidget* parent)
    : QDialog(parent)
    , m_document(document)
    , m_databasePath(databasePath)
{
    setWindowTitle(tr("Shadow Run on Your Prompts"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(createChoices());
    layout->addWidget(createPromptBox(), 1);
    m_progress = new QProgressBar(this);
    m_progress->setVisible(false);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_startButton = buttons->addButton(tr("&Start"), QDialogButtonBox::AcceptRole);
    m_cancelButton = buttons->addButton(tr("Cancel &Run"), QDialogButtonBox::ActionRole);
    connect(m_startButton, &QPushButton::clicked, this, &ShadowRunDialog::start);
    connect(m_cancelButton, &QPushButton::clicked, &m_runner, &ShadowRunner::cancel);
    connect(buttons, &QDialogButtonBox::rejected, this, &ShadowRunDialog::reject);
    layout->addWidget(buttons);
    connect(&m_runner, &ShadowRunner::progressChanged, this, &ShadowRunDialog::onProgress);
    connect(&m_runner, &ShadowRunner::phaseChanged, this, &ShadowRunDialog::onPhase);
    connect(&m_runner, &ShadowRunner::finished, this, &ShadowRunDialog::onFinished);
    connect(&m_runner, &ShadowRunner::failed, this, &ShadowRunDialog::onFailed);
    fillModels();
    resize(640, 560);
    updateState();
}

ShadowRunDialog::~ShadowRunDialog() = default;

QWidget* ShadowRunDialog::createChoices()
{
    auto* box = new QWidget(this);
    auto* form = new QFormLayout(box);
    form->setContentsMargins(0, 0, 0, 0);
    m_category = new QComboBox(box);
    m_category->setToolTip(tr("Its system prompt and prompt template wrap each of your prompts"));
    m_baseline = new QComboBox(box);
    m_candidates = new QListWidget(box);
    m_candidates->setMaximumHeight(m_candidates->fontMetrics().lineSpacing() * 5 + 8);
    m_candidates->setToolTip(tr("One to three models to compare with the baseline"));
    m_useJudge = new QCheckBox(tr("Let a pairwise &judge say which answer is better:"), box);
    m_useJudge->setToolTip(tr("The judge sees the prompt and both answers twice, swapped, so that a preference for a "
                              "position cancels out. Without a judge only agreement is measured."));
    m_judge = new QComboBox(box);
    auto* judgeRow = new QHBoxLayout;
    judgeRow->addWidget(m_useJudge);
    judgeRow->addWidget(m_judge, 1);
    m_simulated = new QCheckBox(tr("Simulate with the &sandbox (no requests to providers, no cost)"), box);
    // As in the Runs area: nothing is sent or paid until the user chooses real providers.
    m_simulated->setChecked(true);
    m_simulated->setObjectName(QStringLiteral("sandboxCheck"));
    form->addRow(tr("&Category:"), m_category);
    form->addRow(tr("&Baseline:"), m_baseline);
    form->addRow(tr("Ca&ndidates:"), m_candidates);
    form->addRow(judgeRow);
    form->addRow(m_simulated);
    connect(m_baseline, &QComboBox::currentIndexChanged, this, &ShadowRunDialog::updateState);
    connect(m_candidates, &QListWidget::itemChanged, this, &ShadowRunDialog::updateState);
    connect(m_useJudge, &QCheckBox::toggled, this, &ShadowRunDialog::updateState);
    return box;
}

QWidget* ShadowRunDialog::createPromptBox()
{
    auto* box = new QWidget(this);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* header = new QHBoxLayout;
    auto* label = new QLabel(tr("&Prompts, one a line (real inputs of your application, no expected outputs):"), box);
    auto* importButton = new QPushButton(tr("&Import…"), box);
    importButton->setToolTip(tr("A .txt file with one prompt a line, or a .csv or .jsonl file with an input or prompt "
                                "column"));
    connect(importButton, &QPushButton::clicked, this, &ShadowRunDialog::importFile);
    header->addWidget(label, 1);
    header->addWidget(importButton);
    m_prompts = new QPlainTextEdit(box);
    m_prompts->setPlaceholderText(tr("My order arrived damaged, what can I do?\nHow do I change my billing address?"));
    label->setBuddy(m_prompts);
    m_promptCount = new QLabel(box);
    connect(m_prompts, &QPlainTextEdit::textChanged, this, &ShadowRunDialog::updateState);
    layout->addLayout(header);
    layout->addWidget(m_prompts, 1);
    layout->addWidget(m_promptCount);
    return box;
}

void ShadowRunDialog::fillModels()
{
    const Workspace& workspace = m_document->workspace();
    for (const Category& category : workspace.categories)
        m_category->addItem(category.name, category.name);
    for (const ModelSpec& model : workspace.models) {
        m_baseline->addItem(model.label(), model.id);
        m_judge->addItem(model.label(), model.id);
        auto* item = new QListWidgetItem(model.label(), m_candidates);
        item->setData(Qt::UserRole, model.id);
        item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled);
        item->setCheckState(Qt::Unchecked);
    }
    m_judge->setCurrentIndex(qMax(0, m_judge->findData(workspace.judgeModel)));
}

void ShadowRunDialog::setChoice(const QString& category, const QString& baseline, const QStringList& candidates)
{
    m_category->setCurrentIndex(qMax(0, m_category->findData(category)));
    const QString wanted = !baseline.isEmpty()
        ? baseline
        : servingModel(m_document->workspace().routing, m_category->currentData().toString());
    m_baseline->setCurrentIndex(qMax(0, m_baseline->findData(wanted)));
    for (int row = 0; row < m_candidates->count(); ++row) {
        QListWidgetItem* item = m_candidates->item(row);
        item->setCheckState(candidates.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
    }
    updateState();
}

void ShadowRunDialog::setPrompts(const QString& text)
{
    m_prompts->setPlainText(text);
}

void ShadowRunDialog::setSimulated(bool simulated)
{
    m_simulated->setChecked(simulated);
}

ShadowRunSpec ShadowRunDialog::spec() const
{
    ShadowRunSpec spec;
    spec.category = m_category->currentData().toString();
    spec.baselineModelId = m_baseline->currentData().toString();
    for (int row = 0; row < m_candidates->count(); ++row) {
        const QListWidgetItem* item = m_candidates->item(row);
        const QString id = item->data(Qt::UserRole).toString();
        if (item->checkState() == Qt::Checked && id != spec.baselineModelId)
            spec.candidateModelIds.append(id);
    }
    spec.judgeModelId = m_useJudge->isChecked() ? m_judge->currentData().toString() : QString();
    const QString text = m_prompts->toPlainText();
    spec.inputs = !m_imported.isEmpty() && text == m_importedText ? m_imported : parseShadowInputs(text).cases;
    return spec;
}

QString ShadowRunDialog::problem() const
{
    const ShadowRunSpec current = spec();
    if (current.inputs.isEmpty())
        return tr("Paste or import the prompts to ask.");
    if (current.candidateModelIds.isEmpty())
        return tr("Check one to three candidates.");
    if (current.candidateModelIds.size() > 3)
        return tr("Check at most three candidates.");
    return current.validate(m_document->workspace());
}

void ShadowRunDialog::updateState()
{
    const bool running = m_runner.isRunning();
    const int prompts = int(spec().inputs.size());
    m_promptCount->setText(tr("%n prompt(s)", nullptr, prompts));
    const QString why = problem();
    m_startButton->setEnabled(!running && why.isEmpty() && !m_databasePath.isEmpty());
    m_startButton->setToolTip(why);
    m_cancelButton->setVisible(running);
    m_judge->setEnabled(m_useJudge->isChecked());
    if (!running && !m_done)
        m_status->setText(m_databasePath.isEmpty() ? tr("Save the workspace first: the run is stored beside it.")
                                                   : why);
}

void ShadowRunDialog::importFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Prompts"), {},
                                                      tr("Prompts (*.txt *.csv *.jsonl);;All files (*)"));
    if (path.isEmpty())
        return;
    const ShadowInputs inputs = readShadowInputs(path);
    if (!inputs.errors.isEmpty()) {
        QStringList lines;
        for (const FileError& error : inputs.errors)
            lines.append(error.toString());
        QMessageBox::warning(this, tr("Cannot Import the Prompts"), lines.join(u'\n'));
        if (inputs.cases.isEmpty())
            return;
    }
    QStringList prompts;
    for (const TestCase& input : inputs.cases)
        prompts.append(QString(input.prompt).replace(u'\n', u' '));
    m_imported = inputs.cases;
    m_importedText = prompts.join(u'\n');
    m_prompts->setPlainText(m_importedText);
}

bool ShadowRunDialog::start()
{
    const QString why = problem();
    if (!why.isEmpty() || m_runner.isRunning())
        return false;
    const ShadowRunSpec current = spec();
    if (!m_simulated->isChecked()) {
        const int calls
            = int(current.inputs.size()) * int(current.models().size()) * (current.judgeModelId.isEmpty() ? 1 : 3);
        const auto answer = QMessageBox::question(
            this, tr("Run on Real Providers?"),
            tr("This shadow run sends about %n request(s) to real providers, which bill your accounts for them.",
               nullptr, calls));
        if (answer != QMessageBox::Yes)
            return false;
    }
    m_done = false;
    m_progress->setRange(0, 0);
    m_progress->setVisible(true);
    m_status->setText(tr("Starting…"));
    const bool started = m_runner.start(m_document->workspace(), current, m_databasePath, m_simulated->isChecked());
    updateState();
    return started;
}

void ShadowRunDialog::onPhase(ShadowRunner::Phase phase)
{
    switch (phase) {
    case ShadowRunner::Phase::Answers:
        m_status->setText(tr("Asking the models…"));
        break;
    case ShadowRunner::Phase::Judging:
        m_status->setText(tr("The judge compares the answers…"));
        break;
    case ShadowRunner::Phase::Saving:
        m_status->setText(tr("Saving the run…"));
        break;
    }
}

void ShadowRunDialog::onProgress(const RunProgress& progress)
{
    m_progress->setRange(0, qMax(1, progress.total));
    m_progress->setValue(progress.done);
    m_progress->setFormat(tr("%1 of %2 · errors: %3").arg(progress.done).arg(progress.total).arg(progress.errors));
}

void ShadowRunDialog::onFinished(const RunInfo& run)
{
    m_done = true;
    m_progress->setRange(0, 1);
    m_progress->setValue(1);
    m_status->setText(tr("Done: run %1 is in the list of the Shadow compare area.").arg(run.id));
    updateState();
    Q_EMIT runFinished(run);
}

void ShadowRunDialog::onFailed(const QString& message)
{
    m_done = true;
    m_progress->setVisible(false);
    m_status->setText(tr("The shadow run stopped: %1").arg(message));
    updateState();
}

QString ShadowRunDialog::statusText() const
{
    return m_status->text();
}

void ShadowRunDialog::reject()
{
    if (m_runner.isRunning()) {
        m_runner.cancel(); // the dialog closes once the run has stopped
        connect(&m_runner, &ShadowRunner::finished, this, &QDialog::close, Qt::UniqueConnection);
        connect(&m_runner, &ShadowRunner::failed, this, &QDialog::close, Qt::UniqueConnection);
        return;
    }
    QDialog::reject();
}
