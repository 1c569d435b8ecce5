// SPDX-License-Identifier: GPL-3.0-or-later
#include "savingspanel.h"

#include "common/changecolor.h"
#include "common/costformat.h"
#include "common/displayformat.h"
#include "common/elidedtooltips.h"
#include "document/workspacedocument.h"
#include "routingedits.h"
#include "savingschart.h"
#include "savingsheadline.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace {
constexpr int maxMonthlyRequests = 2'000'000'000;

std::optional<double> known(bool isKnown, double usd)
{
    return isKnown ? std::optional<double>(usd) : std::nullopt;
}

} // namespace

SavingsPanel::SavingsPanel(WorkspaceDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_volume(new QSpinBox(this))
    , m_baseline(new QComboBox(this))
    , m_stack(new QStackedWidget(this))
    , m_message(new QLabel(this))
    , m_headline(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_previous(new QLabel(this))
    , m_chart(new SavingsChart(this))
    , m_table(new QTableWidget(0, ColumnCount, this))
{
    m_volume->setRange(0, maxMonthlyRequests);
    m_volume->setGroupSeparatorShown(true);
    m_volume->setSingleStep(10000);
    m_volume->setKeyboardTracking(false);
    m_volume->setSuffix(tr(" requests"));
    m_volume->setToolTip(tr("The application's requests a month; the workspace keeps it"));
    m_baseline->setToolTip(tr("The model every request would go to without the routing map"));
    m_baseline->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setMargin(16);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* form = new QFormLayout;
    form->addRow(tr("Monthly volume:"), m_volume);
    form->addRow(tr("Baseline model:"), m_baseline);
    layout->addLayout(form);
    layout->addWidget(m_stack, 1);
    m_stack->addWidget(m_message);
    m_stack->addWidget(createFigures());
    connectSignals();
    rememberSavedMap();
    fillBaselines();
    refresh();
}

QWidget* SavingsPanel::createFigures()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    QFont big = m_headline->font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    big.setBold(true);
    m_headline->setFont(big);
    m_headline->setAccessibleName(tr("Projected monthly cost"));
    m_headline->setWordWrap(true); // both sides named: long, and the panel beside the table is narrow
    for (QLabel* label : { m_summary, m_previous }) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
    }
    m_previous->setForegroundRole(QPalette::PlaceholderText);
    m_table->setHorizontalHeaderLabels({ tr("Category"), tr("Traffic"), tr("Map API / month"), tr("Map errors"),
                                         tr("Map total"), tr("Baseline"), tr("Accuracy") });
    m_table->horizontalHeaderItem(ErrorsColumn)
        ->setToolTip(tr("Wrong answers a month times the category's price of an error (error_cost_usd)"));
    m_table->horizontalHeaderItem(BaselineColumn)
        ->setToolTip(tr("The baseline model's monthly cost, its errors included where they are priced"));
    m_table->horizontalHeaderItem(ShareColumn)
        ->setToolTip(tr("The category's share of requests; double-click to edit"));
    m_table->horizontalHeaderItem(AccuracyColumn)
        ->setToolTip(tr("The routed model's accuracy, and its change against the baseline model"));
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(CategoryColumn, QHeaderView::Stretch);
    m_table->setWordWrap(false);
    ElidedToolTips::install(m_table, m_table->horizontalHeader());
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed);
    layout->addWidget(m_headline);
    layout->addWidget(m_summary);
    layout->addWidget(m_previous);
    layout->addWidget(m_chart, 3);
    layout->addWidget(m_table, 2);
    return page;
}

void SavingsPanel::connectSignals()
{
    connect(m_volume, &QSpinBox::valueChanged, this, [this](int value) {
        if (!m_filling && value != m_document->workspace().traffic.monthlyRequests)
            m_document->undoStack()->push(RoutingEdits::setMonthlyRequests(m_document, value));
    });
    connect(m_baseline, &QComboBox::currentIndexChanged, this, [this] {
        if (m_filling)
            return;
        m_wantedBaseline = m_baseline->currentData().toString();
        refresh();
    });
    // Queued: the edit refills the table, whose item is still handling the change.
    connect(m_table, &QTableWidget::cellChanged, this, &SavingsPanel::onShareEdited, Qt::QueuedConnection);
    connect(m_document, &WorkspaceDocument::routingChanged, this, &SavingsPanel::refresh);
    connect(m_document, &WorkspaceDocument::trafficChanged, this, &SavingsPanel::refresh);
    connect(m_document, &WorkspaceDocument::itemChanged, this, &SavingsPanel::refresh);
    connect(m_document, &WorkspaceDocument::itemInserted, this, &SavingsPanel::fillBaselines);
    connect(m_document, &WorkspaceDocument::itemRemoved, this, &SavingsPanel::fillBaselines);
    connect(m_document, &WorkspaceDocument::workspaceReset, this, [this] {
        rememberSavedMap();
        fillBaselines();
    });
    connect(m_document->undoStack(), &QUndoStack::cleanChanged, this, [this](bool clean) {
        if (clean)
            rememberSavedMap();
    });
}

void SavingsPanel::rememberSavedMap()
{
    m_savedMap = m_document->workspace().routing;
    refresh();
}

void SavingsPanel::setCascades(const QList<CascadeCell>& cascades)
{
    m_cascades = cascades;
    refresh();
}

void SavingsPanel::setAnalysis(const RunAnalysis& analysis)
{
    m_analysis = analysis;
    fillBaselines();
}

void SavingsPanel::setBaselineModel(const QString& modelId)
{
    m_wantedBaseline = modelId;
    fillBaselines();
}

QString SavingsPanel::baselineModel() const
{
    return m_baseline->currentData().toString();
}

// The model a team would use without routing: the run's most accurate one, the dearer on a tie.
QString SavingsPanel::defaultBaseline() const
{
    const ModelAggregate* best = nullptr;
    for (const ModelAggregate& model : m_analysis.models) {
        if (!best || model.accuracy > best->accuracy
            || (model.accuracy == best->accuracy && model.costPer1kRequests > best->costPer1kRequests))
            best = &model;
    }
    return best ? best->modelId : QString();
}

void SavingsPanel::fillBaselines()
{
    const QString wanted = !m_wantedBaseline.isEmpty() ? m_wantedBaseline : defaultBaseline();
    m_filling = true;
    m_baseline->clear();
    for (const ModelSpec& model : m_document->workspace().models)
        m_baseline->addItem(model.id, model.id);
    m_baseline->setCurrentIndex(qMax(0, m_baseline->findData(wanted)));
    m_filling = false;
    refresh();
}

// A rise in cost shows in the theme's colour for a change for the worse, a saving in the one for the
// better; a direction that is not known keeps the label's own colour.
void SavingsPanel::applyColours()
{
    const auto colour = [this](QLabel* label, SavingsText::Direction direction, QPalette::ColorRole plain) {
        QPalette pal = palette();
        if (direction == SavingsText::Direction::CostsMore)
            pal.setColor(QPalette::WindowText, changeColor(Change::Worse, pal));
        else if (direction == SavingsText::Direction::Saves && label == m_headline)
            pal.setColor(QPalette::WindowText, changeColor(Change::Better, pal));
        else
            pal.setColor(QPalette::WindowText, pal.color(plain));
        label->setPalette(pal);
    };
    colour(m_headline, m_text.direction, QPalette::WindowText);
    colour(m_summary, m_text.direction, QPalette::WindowText);
    colour(m_previous, m_text.previousDirection, QPalette::PlaceholderText);
}

void SavingsPanel::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyColours();
}

QString SavingsPanel::headline() const
{
    return m_stack->currentIndex() == 0 ? QString() : m_headline->text();
}

QString SavingsPanel::summary() const
{
    return m_stack->currentIndex() == 0 ? QString() : m_summary->text();
}

QString SavingsPanel::emptyMessage() const
{
    return m_stack->currentIndex() == 0 ? m_message->text() : QString();
}

void SavingsPanel::refresh()
{
    const Workspace& workspace = m_document->workspace();
    m_filling = true;
    m_volume->setValue(int(qMin<qint64>(workspace.traffic.monthlyRequests, maxMonthlyRequests)));
    m_filling = false;
    const QString baseline = m_baseline->currentData().toString();
    QString message;
    if (m_analysis.runId.isEmpty())
        message = tr("No runs yet: open Runs and press Run. The projected monthly cost of the routing map "
                     "against one baseline model appears here.");
    else if (workspace.routing.isEmpty())
        message = tr("No routes yet: apply the suggestions, or choose a model for a category in the table. "
                     "The projected savings appear here.");
    else if (workspace.traffic.monthlyRequests <= 0)
        message = tr("Enter the application's monthly requests above to project its monthly cost.");
    else if (baseline.isEmpty())
        message = tr("Add a model in Models to compare the routing map with.");
    if (!message.isEmpty()) {
        m_projection = {};
        m_message->setText(message);
        m_stack->setCurrentIndex(0);
        return;
    }
    m_projection = projectSavings(workspace, m_analysis, workspace.routing, m_savedMap, baseline,
                                  TrafficMix::fromWorkspace(workspace), m_cascades);
    m_text = savingsText(m_projection, workspace.routing == m_savedMap);
    m_headline->setText(m_text.headline);
    m_summary->setText(m_text.summary);
    m_previous->setText(m_text.previous);
    applyColours();
    QList<SavingsChart::Bar> bars;
    for (const CategoryProjection& category : std::as_const(m_projection.categories))
        bars.append({ category.isOtherTraffic() ? tr("other") : category.category,
                      known(category.costKnown, category.monthlyCostUsd),
                      known(category.baselineCostKnown, category.baselineMonthlyCostUsd) });
    m_chart->setBars(bars, baseline);
    fillTable();
    m_stack->setCurrentIndex(1);
}

void SavingsPanel::onShareEdited(int row, int column)
{
    if (column != ShareColumn || row < 0 || row >= m_projection.categories.size())
        return;
    const int categoryRow = m_document->workspace().indexOfCategory(m_projection.categories.at(row).category);
    QString text = m_table->item(row, column)->text();
    text.remove(u'%');
    bool ok = false;
    const double percent = QLocale().toDouble(text.trimmed(), &ok);
    if (categoryRow < 0 || !ok || percent < 0.0 || percent > 100.0) {
        refresh();
        return;
    }
    m_document->undoStack()->push(RoutingEdits::setTrafficShare(m_document, categoryRow, percent / 100.0));
}
