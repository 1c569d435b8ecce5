// SPDX-License-Identifier: GPL-3.0-or-later
#include "shadowview.h"

#include "common/emptystateoverlay.h"
#include "common/tablesetup.h"
#include "shadowcasemodel.h"
#include "shadowdetailpane.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>

namespace {
const ShadowFilter filters[] = { ShadowFilter::All, ShadowFilter::Disagreements, ShadowFilter::CandidateBetter,
                                 ShadowFilter::CandidateWorse, ShadowFilter::Errors };

} // namespace

ShadowView::ShadowView(QWidget* parent)
    : QWidget(parent)
    , m_model(new ShadowCaseModel(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_table(new QTableView(m_splitter))
    , m_detail(new ShadowDetailPane(m_splitter))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(createFilterBar());
    m_table->setObjectName(QStringLiteral("shadowCaseTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    TableSetup::configure(m_table, ShadowCaseModel::InputColumn, { 44, 120, 60, 68, 92, 64, 84 });
    m_table->verticalHeader()->hide(); // the case column names the row
    m_table->setMinimumWidth(560); // room for the scores and the agreement beside the answers
    // Uniform rows: the view never measures 2,000 rows' contents to lay them out.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    auto* overlay = new EmptyStateOverlay(m_table);
    overlay->setMessage(tr("No case passes this filter: choose All cases, or another candidate."));
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({ 600, 600 }); // the list shows its columns; restoreState() keeps the user's split
    m_splitter->setChildrenCollapsible(false);
    layout->addWidget(m_splitter, 1);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ShadowView::showCurrentCase);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        updateCount();
        showCurrentCase();
    });
    connect(m_detail, &ShadowDetailPane::verdictEdited, this, &ShadowView::setVerdict);
    createShortcuts();
}

ShadowView::~ShadowView() = default;

QWidget* ShadowView::createFilterBar()
{
    auto* bar = new QWidget(this);
    auto* layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    m_candidateCombo = new QComboBox(bar);
    m_candidateCombo->setObjectName(QStringLiteral("shadowFocusCombo"));
    m_candidateCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_candidateCombo->setToolTip(tr("The candidate the list, the filters and your verdicts are about"));
    m_filterCombo = new QComboBox(bar);
    m_filterCombo->setObjectName(QStringLiteral("shadowFilterCombo"));
    for (const ShadowFilter filter : filters)
        m_filterCombo->addItem(shadowFilterDisplayName(filter), int(filter));
    auto* candidateLabel = new QLabel(tr("C&ompare:"), bar);
    candidateLabel->setBuddy(m_candidateCombo);
    auto* filterLabel = new QLabel(tr("&Show:"), bar);
    filterLabel->setBuddy(m_filterCombo);
    m_count = new QLabel(bar);
    m_previous = new QToolButton(bar);
    m_previous->setText(tr("◀ Previous difference"));
    m_previous->setToolTip(tr("The previous case whose answers differ (P or Shift+F8)"));
    m_next = new QToolButton(bar);
    m_next->setText(tr("Next difference ▶"));
    m_next->setToolTip(tr("The next case whose answers differ (N or F8)"));
    connect(m_previous, &QToolButton::clicked, this, &ShadowView::previousDifference);
    connect(m_next, &QToolButton::clicked, this, &ShadowView::nextDifference);
    connect(m_candidateCombo, &QComboBox::activated, this, [this](int index) { setFocusCandidate(index); });
    connect(m_filterCombo, &QComboBox::activated, this,
            [this] { setFilter(ShadowFilter(m_filterCombo->currentData().toInt())); });
    layout->addWidget(candidateLabel);
    layout->addWidget(m_candidateCombo);
    layout->addSpacing(12);
    layout->addWidget(filterLabel);
    layout->addWidget(m_filterCombo);
    layout->addWidget(m_count);
    layout->addStretch(1);
    layout->addWidget(m_previous);
    layout->addWidget(m_next);
    return bar;
}

void ShadowView::createShortcuts()
{
    const auto addAction = [this](const QList<QKeySequence>& keys, auto slot) {
        auto* action = new QAction(this);
        action->setShortcuts(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        QWidget::addAction(action);
    };
    addAction({ QKeySequence(Qt::Key_N), QKeySequence(Qt::Key_F8) }, [this] { nextDifference(); });
    addAction({ QKeySequence(Qt::Key_P), QKeySequence(Qt::SHIFT | Qt::Key_F8) }, [this] { previousDifference(); });
    addAction({ QKeySequence(Qt::Key_B) }, [this] { m_detail->verdictButton(Verdict::Better)->click(); });
    addAction({ QKeySequence(Qt::Key_S) }, [this] { m_detail->verdictButton(Verdict::Same)->click(); });
    addAction({ QKeySequence(Qt::Key_W) }, [this] { m_detail->verdictButton(Verdict::Worse)->click(); });
}

void ShadowView::setComparison(const Workspace& workspace, std::shared_ptr<ShadowComparison> comparison)
{
    const int shownCase = currentCase();
    const QString caseId = shownCase >= 0 && m_comparison ? m_comparison->cases.at(shownCase).caseId : QString();
    const QString focusModel = m_comparison ? m_comparison->candidateModelIds.value(focusCandidate()) : QString();
    m_workspace = workspace;
    m_comparison = std::move(comparison);
    fillCandidates();
    const int focus = m_comparison ? qMax(0, int(m_comparison->candidateModelIds.indexOf(focusModel))) : 0;
    m_candidateCombo->setCurrentIndex(focus);
    m_model->setComparison(m_comparison, focus, filter());
    int restored = -1;
    for (int i = 0; m_comparison && !caseId.isEmpty() && i < m_comparison->cases.size() && restored < 0; ++i) {
        if (m_comparison->cases.at(i).caseId == caseId)
            restored = i;
    }
    if (restored >= 0)
        selectCase(restored);
    else if (m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(0, 0));
}

void ShadowView::fillCandidates()
{
    m_candidateCombo->clear();
    if (!m_comparison)
        return;
    for (const QString& id : std::as_const(m_comparison->candidateModelIds))
        m_candidateCombo->addItem(shadowModelLabel(m_workspace, id), id);
}

void ShadowView::setFilter(ShadowFilter filter)
{
    const int shown = currentCase();
    m_filterCombo->setCurrentIndex(m_filterCombo->findData(int(filter)));
    m_model->setFilter(filter);
    selectCase(shown);
    if (currentCase() < 0 && m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(0, 0));
}

ShadowFilter ShadowView::filter() const
{
    return ShadowFilter(m_filterCombo->currentData().toInt());
}

void ShadowView::setFocusCandidate(int candidateIndex)
{
    if (!m_comparison || candidateIndex < 0 || candidateIndex >= m_comparison->candidateModelIds.size())
        return;
    const int shown = currentCase();
    m_candidateCombo->setCurrentIndex(candidateIndex);
    m_model->setCandidate(candidateIndex);
    selectCase(shown);
    showCurrentCase();
    Q_EMIT focusCandidateChanged(candidateIndex);
}

int ShadowView::focusCandidate() const
{
    return qMax(0, m_candidateCombo->currentIndex());
}

int ShadowView::currentCase() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_model->caseIndex(current.row()) : -1;
}

void ShadowView::selectCase(int caseIndex)
{
    const int row = caseIndex >= 0 ? m_model->rowOfCase(caseIndex) : -1;
    if (row < 0)
        return;
    m_table->setCurrentIndex(m_model->index(row, 0));
    m_table->scrollTo(m_model->index(row, 0));
}

bool ShadowView::nextDifference()
{
    return jumpToDifference(1);
}

bool ShadowView::previousDifference()
{
    return jumpToDifference(-1);
}

bool ShadowView::jumpToDifference(int step)
{
    const QModelIndex current = m_table->currentIndex();
    int row = current.isValid() ? current.row() + step : (step > 0 ? 0 : m_model->rowCount() - 1);
    for (; row >= 0 && row < m_model->rowCount(); row += step) {
        if (m_model->differs(row)) {
            const QModelIndex target = m_model->index(row, qMax(0, current.column()));
            m_table->setCurrentIndex(target);
            m_table->scrollTo(target);
            m_detail->showFirstDifference();
            return true;
        }
    }
    return false;
}

void ShadowView::showCurrentCase()
{
    if (!m_comparison) {
        m_detail->setCase(m_workspace, ShadowComparison {}, -1, 0);
        return;
    }
    m_detail->setCase(m_workspace, *m_comparison, currentCase(), focusCandidate());
}

void ShadowView::updateCount()
{
    const int total = m_comparison ? int(m_comparison->cases.size()) : 0;
    m_count->setText(tr("%1 of %n case(s)", nullptr, total).arg(QLocale().toString(m_model->rowCount())));
}

void ShadowView::setVerdict(const std::optional<Verdict>& verdict, const QString& note)
{
    const int caseIndex = currentCase();
    const int candidate = focusCandidate();
    if (!m_comparison || caseIndex < 0 || candidate >= m_comparison->candidateModelIds.size())
        return;
    std::optional<ShadowVerdict> value;
    if (verdict) {
        ShadowVerdict stored;
        stored.category = m_comparison->category;
        stored.caseId = m_comparison->cases.at(caseIndex).caseId;
        stored.baselineModelId = m_comparison->baselineModelId;
        stored.candidateModelId = m_comparison->candidateModelIds.at(candidate);
        stored.verdict = *verdict;
        stored.note = note;
        stored.runId = m_comparison->runId;
        value = stored;
    }
    applyShadowVerdict(*m_comparison, caseIndex, candidate, value);
    m_model->caseChanged(caseIndex);
    if (sender() != m_detail)
        showCurrentCase();
    Q_EMIT verdictChanged(caseIndex, candidate);
}
