// SPDX-License-Identifier: GPL-3.0-or-later
#include "resultsmatrixview.h"

#include "common/background.h"
#include "common/emptystateoverlay.h"
#include "common/tablesetup.h"
#include "common/whenfinished.h"
#include "document/selection.h"
#include "matrixdata.h"
#include "matrixdetailpane.h"
#include "resultsmatrixmodel.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>

namespace {
const QLatin1String splitterKey("resultsMatrix/splitter");
const QLatin1String headerKey("resultsMatrix/header");
const QLatin1String headerModelsKey("resultsMatrix/headerModels");
constexpr int modelColumnWidth = 88;

QStringList modelIds(const MatrixData& matrix)
{
    QStringList ids;
    for (const MatrixModel& model : matrix.models)
        ids.append(model.id);
    return ids;
}
} // namespace

ResultsMatrixView::ResultsMatrixView(Selection* selection, QWidget* parent)
    : QWidget(parent)
    , m_selection(selection)
    , m_model(new ResultsMatrixModel(this))
    , m_proxy(new MatrixFilterProxy(this))
{
    m_proxy->setMatrixModel(m_model);
    m_table = new QTableView(this);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // the workspace's order until a header is clicked
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide(); // row numbers would be the unfiltered ones: the case id says it
    m_table->horizontalHeader()->setSectionsClickable(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_empty = new EmptyStateOverlay(m_table);
    m_detail = new MatrixDetailPane(this);
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({ 720, 480 });
    m_splitter->setChildrenCollapsible(false);
    m_detail->hide();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    layout->addWidget(buildToolBar());
    layout->addWidget(m_splitter, 1);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ResultsMatrixView::onCurrentChanged);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &ResultsMatrixView::updateSummary);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &ResultsMatrixView::updateSummary);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ResultsMatrixView::updateSummary);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &ResultsMatrixView::updateSummary);
    connect(m_table->horizontalHeader(), &QHeaderView::sectionClicked, this, &ResultsMatrixView::onHeaderClicked);
    if (m_selection) {
        connect(m_selection, &Selection::modelChanged, this, &ResultsMatrixView::onSelectedModelChanged);
        onSelectedModelChanged(m_selection->model());
    }
    updateSummary();
}

void ResultsMatrixView::setResults(const Workspace& workspace, const QList<ResultRecord>& results,
                                   const QString& category)
{
    const quint64 generation = ++m_generation;
    m_building = true;
    whenFinished(this, Background::run(buildMatrix, workspace, results, category),
                 [this, generation](const MatrixData& matrix) { applyMatrix(matrix, generation); });
}

void ResultsMatrixView::applyMatrix(const MatrixData& matrix, quint64 generation)
{
    if (generation != m_generation)
        return;
    const QString current = currentCaseId();
    QHeaderView* header = m_table->horizontalHeader();
    // A reset forgets the column widths: keep the user's while the columns stay the same models.
    const bool sameColumns = !m_model->matrix().models.isEmpty() && modelIds(m_model->matrix()) == modelIds(matrix);
    const QByteArray columns = sameColumns ? header->saveState() : QByteArray();
    m_model->setMatrix(matrix);
    m_building = false;
    if (sameColumns)
        header->restoreState(columns);
    else
        configureColumns();
    m_empty->setMessage(
        matrix.cases.isEmpty()
            ? tr("No results for %1 yet: run the category in the Runs area to fill the matrix.").arg(matrix.category)
            : tr("No case matches the filter."));
    int row = -1;
    for (int proxyRow = 0; proxyRow < m_proxy->rowCount() && !current.isEmpty(); ++proxyRow) {
        if (m_proxy->index(proxyRow, 0).data(ResultsMatrixModel::CaseIdRole).toString() == current)
            row = proxyRow;
    }
    selectCase(row);
    if (row < 0) {
        m_detail->clear();
        m_detail->hide();
    }
    updateSummary();
    Q_EMIT matrixReady();
}

void ResultsMatrixView::configureColumns()
{
    QList<int> widths { 56, 0 }; // the input takes the room the models leave
    for (int model = 0; model < m_model->matrix().models.size(); ++model)
        widths.append(modelColumnWidth);
    TableSetup::configure(m_table, ResultsMatrixModel::InputColumn, widths);
    // A saved header fits only the columns it was saved with; Qt would add the sections it misses.
    if (!m_savedHeader.isEmpty() && modelIds(m_model->matrix()) == m_savedHeaderModels) {
        m_table->horizontalHeader()->restoreState(m_savedHeader); // once: later matrices keep what the user does
        m_savedHeader.clear();
    }
}

void ResultsMatrixView::setShow(MatrixFilterProxy::Show show)
{
    m_proxy->setShow(show);
    if (QAbstractButton* button = m_filters->button(int(show)))
        button->setChecked(true);
}

void ResultsMatrixView::setSearchText(const QString& text)
{
    m_search->setText(text); // the field's signal filters
}

void ResultsMatrixView::selectCase(int proxyRow)
{
    if (proxyRow < 0 || proxyRow >= m_proxy->rowCount()) {
        m_table->selectionModel()->clearCurrentIndex();
        m_table->clearSelection();
        return;
    }
    m_table->selectRow(proxyRow);
    m_table->setCurrentIndex(m_proxy->index(proxyRow, 0));
}

QString ResultsMatrixView::currentCaseId() const
{
    return m_table->currentIndex().data(ResultsMatrixModel::CaseIdRole).toString();
}

void ResultsMatrixView::onCurrentChanged()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) {
        m_detail->clear();
        m_detail->hide(); // the table takes the whole width until a case is chosen
        updateSummary();
        return;
    }
    m_detail->showCase(m_model->matrix(), m_proxy->mapToSource(current).row());
    showDetail();
    updateSummary();
}

// Beside the table, at the width it had (or two fifths of the view the first time).
void ResultsMatrixView::showDetail()
{
    if (!m_detail->isHidden())
        return;
    m_detail->show();
    const QList<int> sizes = m_splitter->sizes();
    if (sizes.value(1) <= 0) {
        const int total = sizes.value(0) + sizes.value(1);
        m_splitter->setSizes({ total * 3 / 5, total * 2 / 5 });
    }
}

void ResultsMatrixView::onHeaderClicked(int section)
{
    const QString modelId = m_model->modelIdAt(section);
    if (m_selection && !modelId.isEmpty())
        m_selection->setModel(modelId);
}

void ResultsMatrixView::onSelectedModelChanged(const QString& modelId)
{
    m_model->setHighlightedModel(modelId);
    m_detail->setHighlightedModel(modelId);
}

void ResultsMatrixView::saveState(QSettings& settings) const
{
    settings.setValue(splitterKey, m_splitter->saveState());
    settings.setValue(headerKey, m_table->horizontalHeader()->saveState());
    settings.setValue(headerModelsKey, modelIds(m_model->matrix()));
}

void ResultsMatrixView::restoreState(const QSettings& settings)
{
    m_splitter->restoreState(settings.value(splitterKey).toByteArray());
    m_savedHeader = settings.value(headerKey).toByteArray();
    m_savedHeaderModels = settings.value(headerModelsKey).toStringList();
    if (m_model->columnCount() > ResultsMatrixModel::FirstModelColumn)
        configureColumns();
}
