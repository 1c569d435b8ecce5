// SPDX-License-Identifier: GPL-3.0-or-later
#include "dispatcherarea.h"

#include "common/noticebanner.h"
#include "common/runsloader.h"
#include "common/tablesetup.h"
#include "confusionheatmap.h"
#include "dispatcher/classifierprompt.h"
#include "dispatcheredits.h"
#include "dispatchrulesmodel.h"
#include "document/workspacedocument.h"
#include "misroutesmodel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>

namespace {
const QLatin1String splitterKey("dispatcherSplitter");
const QLatin1String resultsSplitterKey("dispatcherResultsSplitter");
const QLatin1String rulesHeaderKey("dispatcherRulesHeader");

QPushButton* smallButton(const QString& text, const QString& toolTip, QWidget* parent)
{
    auto* button = new QPushButton(text, parent);
    button->setToolTip(toolTip);
    return button;
}
} // namespace

DispatcherArea::DispatcherArea(WorkspaceDocument* document, Selection* selection, RunController* runs, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_selection(selection)
    , m_runs(runs)
    , m_loader(new RunsLoader(this))
    , m_runner(new DispatchBenchmark(this))
    , m_pages(new QStackedWidget(this))
    , m_rulesModel(new DispatchRulesModel(document, this))
    , m_misroutes(new MisroutesModel(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_resultsSplitter(new QSplitter(Qt::Vertical, this))
{
    m_splitter->addWidget(createEditor());
    m_splitter->addWidget(createBenchmarkPane());
    // Halves: the rules table has five columns, and at 1280 pixels two fifths cut its patterns to "(?…".
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({ 640, 640 });
    m_pages->addWidget(createEmptyPage());
    m_pages->addWidget(m_splitter);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
    connectSignals();
    reload();
}

DispatcherArea::~DispatcherArea() = default;

QWidget* DispatcherArea::createEmptyPage()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    m_emptyText = new QLabel(tr("<h3>No dispatcher yet</h3>"
                                "<p>The routing map says which model serves each category, but if your application "
                                "does not know a request's category, something has to detect it: keyword rules, "
                                "input length, or a small model as a classifier.</p>"
                                "<p>Add a dispatcher to write its rules here, try them on a typed request, and "
                                "benchmark its misroutes on your test cases: what they cost in pass rate and in "
                                "dollars a month.</p>"),
                             page);
    m_emptyText->setWordWrap(true);
    m_emptyText->setMaximumWidth(560);
    auto* add = new QPushButton(tr("Add a dispatcher"), page);
    connect(add, &QPushButton::clicked, this, [this] { DispatcherEdits::create(m_document); });
    layout->addStretch();
    layout->addWidget(m_emptyText, 0, Qt::AlignHCenter);
    layout->addWidget(add, 0, Qt::AlignHCenter);
    layout->addStretch();
    return page;
}

QWidget* DispatcherArea::createEditor()
{
    auto* editor = new QWidget(this);
    auto* layout = new QVBoxLayout(editor);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(createRulesBox(), 3);
    layout->addWidget(createClassifierBox(), 2);
    layout->addWidget(createTestBox(), 1);
    return editor;
}

QWidget* DispatcherArea::createRulesBox()
{
    auto* box = new QGroupBox(tr("Rules, tried in order: the first that matches decides"), this);
    m_rulesView = new QTableView(box);
    m_rulesView->setModel(m_rulesModel);
    TableSetup::configure(m_rulesView, DispatchRulesModel::RegexColumn, {});
    m_rulesView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_rulesView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_rulesNotice = new NoticeBanner(box);
    m_addRule = smallButton(tr("Add"), tr("Add a rule after the selected one"), box);
    m_removeRule = smallButton(tr("Remove"), tr("Remove the selected rule"), box);
    m_ruleUp = smallButton(tr("Up"), tr("Try the selected rule earlier"), box);
    m_ruleDown = smallButton(tr("Down"), tr("Try the selected rule later"), box);
    auto* buttons = new QHBoxLayout;
    for (QPushButton* button : { m_addRule, m_removeRule, m_ruleUp, m_ruleDown })
        buttons->addWidget(button);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(m_rulesNotice);
    layout->addWidget(m_rulesView, 1);
    layout->addLayout(buttons);
    return box;
}

QWidget* DispatcherArea::createClassifierBox()
{
    auto* box = new QGroupBox(tr("What no rule matches"), this);
    m_classifierModel = new QComboBox(box);
    m_classifierModel->setToolTip(tr("A model of the workspace asked for the category of each request no rule matches"));
    m_prompt = new QPlainTextEdit(box);
    m_prompt->setPlaceholderText(defaultClassifierInstructions());
    m_prompt->setToolTip(tr("The classifier's instructions; empty: the default. The categories and the request "
                            "are always sent after them."));
    m_fallback = new QComboBox(box);
    m_fallback->setToolTip(tr("Where a request goes when neither a rule nor the classifier assigns it"));
    auto* remove = new QPushButton(tr("Remove the dispatcher"), box);
    connect(remove, &QPushButton::clicked, this, [this] { DispatcherEdits::remove(m_document); });
    auto* form = new QFormLayout(box);
    form->addRow(tr("Classifier:"), m_classifierModel);
    form->addRow(tr("Its prompt:"), m_prompt);
    form->addRow(tr("Default:"), m_fallback);
    form->addRow(QString(), remove);
    return box;
}

QWidget* DispatcherArea::createTestBox()
{
    auto* box = new QGroupBox(tr("Try a request"), this);
    m_testInput = new QPlainTextEdit(box);
    m_testInput->setPlaceholderText(tr("Type or paste a request to see which rule fires"));
    m_testInput->setMaximumHeight(90);
    m_testResult = new QLabel(box);
    m_testResult->setWordWrap(true);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(m_testInput);
    layout->addWidget(m_testResult);
    return box;
}

void DispatcherArea::saveState(QSettings& settings) const
{
    settings.setValue(splitterKey, m_splitter->saveState());
    settings.setValue(resultsSplitterKey, m_resultsSplitter->saveState());
    settings.setValue(rulesHeaderKey, m_rulesView->horizontalHeader()->saveState());
}

void DispatcherArea::restoreState(const QSettings& settings)
{
    m_splitter->restoreState(settings.value(splitterKey).toByteArray());
    m_resultsSplitter->restoreState(settings.value(resultsSplitterKey).toByteArray());
    m_rulesView->horizontalHeader()->restoreState(settings.value(rulesHeaderKey).toByteArray());
}

bool DispatcherArea::showsEmptyState() const
{
    return m_pages->currentIndex() == 0;
}

QString DispatcherArea::emptyStateText() const
{
    return showsEmptyState() ? m_emptyText->text() : QString();
}

void DispatcherArea::reload()
{
    ++m_generation;
    m_outcome.reset();
    m_figures = {};
    m_endToEndFigures.reset();
    m_results.clear();
    m_run = {};
    m_scratch.reset();
    refreshEditor();
    showFigures();
    loadRuns();
}
