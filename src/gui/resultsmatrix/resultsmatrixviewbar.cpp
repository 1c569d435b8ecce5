// SPDX-License-Identifier: GPL-3.0-or-later
// The matrix's tool bar: the filters with their counts, the search field, the summary and export.
#include "fileio/atomicwrite.h"
#include "matrixdata.h"
#include "matrixdetailpane.h"
#include "matrixexport.h"
#include "resultsmatrixmodel.h"
#include "resultsmatrixview.h"

#include <QButtonGroup>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QToolButton>

namespace {
QString filterTitle(MatrixFilterProxy::Show show)
{
    switch (show) {
    case MatrixFilterProxy::Show::All:
        return ResultsMatrixView::tr("All cases");
    case MatrixFilterProxy::Show::Failures:
        return ResultsMatrixView::tr("Failures");
    case MatrixFilterProxy::Show::Errors:
        return ResultsMatrixView::tr("Errors");
    case MatrixFilterProxy::Show::Disagreements:
        return ResultsMatrixView::tr("Models disagree");
    }
    return {};
}

QString filterToolTip(MatrixFilterProxy::Show show)
{
    switch (show) {
    case MatrixFilterProxy::Show::All:
        return ResultsMatrixView::tr("Every case of the category");
    case MatrixFilterProxy::Show::Failures:
        return ResultsMatrixView::tr("Cases some model did not pass, errors included");
    case MatrixFilterProxy::Show::Errors:
        return ResultsMatrixView::tr("Cases where some model's call failed");
    case MatrixFilterProxy::Show::Disagreements:
        return ResultsMatrixView::tr("Cases some models passed and others failed (errors aside)");
    }
    return {};
}

int countRows(const ResultsMatrixModel* model, MatrixFilterProxy::Show show)
{
    int count = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        switch (show) {
        case MatrixFilterProxy::Show::All:
            ++count;
            break;
        case MatrixFilterProxy::Show::Failures:
            count += model->anyFailed(row);
            break;
        case MatrixFilterProxy::Show::Errors:
            count += model->anyError(row);
            break;
        case MatrixFilterProxy::Show::Disagreements:
            count += model->modelsDisagree(row);
            break;
        }
    }
    return count;
}
} // namespace

QWidget* ResultsMatrixView::buildToolBar()
{
    auto* bar = new QWidget(this);
    auto* layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    m_filters = new QButtonGroup(bar);
    m_filters->setExclusive(true);
    for (const auto show : { MatrixFilterProxy::Show::All, MatrixFilterProxy::Show::Failures,
                             MatrixFilterProxy::Show::Errors, MatrixFilterProxy::Show::Disagreements })
        layout->addWidget(filterButton(show));
    m_filters->button(int(MatrixFilterProxy::Show::All))->setChecked(true);
    connect(m_filters, &QButtonGroup::idClicked, this,
            [this](int id) { m_proxy->setShow(MatrixFilterProxy::Show(id)); });
    m_search = new QLineEdit(bar);
    m_search->setPlaceholderText(tr("Search inputs, expected and outputs"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(220);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &MatrixFilterProxy::setText);
    layout->addSpacing(8);
    layout->addWidget(m_search, 1);
    m_summary = new QLabel(bar);
    m_summary->setForegroundRole(QPalette::PlaceholderText);
    m_summary->setWordWrap(true); // never wider than the window leaves it
    layout->addWidget(m_summary);
    m_export = new QPushButton(bar);
    m_export->setText(tr("Export"));
    m_export->setToolTip(tr("Save the cases shown, in the order shown"));
    auto* menu = new QMenu(m_export);
    menu->addAction(tr("As CSV…"), this, [this] { askExport(Format::Csv); });
    menu->addAction(tr("As JSON…"), this, [this] { askExport(Format::Json); });
    m_export->setMenu(menu);
    layout->addWidget(m_export);
    return bar;
}

QToolButton* ResultsMatrixView::filterButton(MatrixFilterProxy::Show show)
{
    auto* button = new QToolButton(this);
    button->setCheckable(true);
    button->setAutoRaise(true);
    button->setText(filterTitle(show));
    button->setToolTip(filterToolTip(show));
    m_filters->addButton(button, int(show));
    return button;
}

void ResultsMatrixView::updateSummary()
{
    for (QAbstractButton* button : m_filters->buttons()) {
        const auto show = MatrixFilterProxy::Show(m_filters->id(button));
        button->setText(tr("%1 (%2)").arg(filterTitle(show)).arg(countRows(m_model, show)));
    }
    QString summary = tr("%1 of %n case(s)", nullptr, m_model->rowCount()).arg(m_proxy->rowCount());
    if (m_proxy->rowCount() > 0 && m_detail->isHidden())
        summary += tr(" · choose a case to see every model's answer");
    m_summary->setText(summary);
    m_export->setEnabled(m_proxy->rowCount() > 0);
}

QString ResultsMatrixView::summaryText() const
{
    return m_summary->text();
}

QByteArray ResultsMatrixView::exportData(Format format) const
{
    const QList<int> rows = m_proxy->sourceRows();
    return format == Format::Csv ? MatrixExport::toCsv(m_model->matrix(), rows)
                                 : MatrixExport::toJson(m_model->matrix(), rows);
}

bool ResultsMatrixView::exportTo(const QString& path, Format format, QString* error) const
{
    return writeFileAtomically(path, exportData(format), error);
}

void ResultsMatrixView::askExport(Format format)
{
    const bool csv = format == Format::Csv;
    const QString suggested = m_model->matrix().category + (csv ? u"-matrix.csv" : u"-matrix.json");
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the matrix"), suggested,
                                                      csv ? tr("CSV files (*.csv)") : tr("JSON files (*.json)"));
    QString error;
    if (!path.isEmpty() && !exportTo(path, format, &error))
        QMessageBox::warning(this, tr("Export the matrix"), tr("The matrix was not exported: %1.").arg(error));
}
