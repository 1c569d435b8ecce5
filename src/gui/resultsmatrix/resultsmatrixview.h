// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/workspace.h"
#include "matrixfilterproxy.h"
#include "results/resultrecord.h"

#include <QWidget>

struct MatrixData;
class EmptyStateOverlay;
class MatrixDetailPane;
class QButtonGroup;
class QLabel;
class QLineEdit;
class QSettings;
class QSplitter;
class QTableView;
class QPushButton;
class QToolButton;
class ResultsMatrixModel;
class Selection;

// The results of one category as a matrix of cases x models, filtered (failures, errors, cases
// the models disagree on) and searched, with the selected case's input, expected output and every
// model's answer beside it. Clicking a model's column header selects that model everywhere; the
// selected model's column and answer stand out. The table exports as CSV or JSON, as filtered.
class ResultsMatrixView : public QWidget
{
    Q_OBJECT
public:
    enum class Format { Csv, Json };

    explicit ResultsMatrixView(Selection* selection, QWidget* parent = nullptr);

    // Builds the matrix off the GUI thread; matrixReady() says when it is shown.
    void setResults(const Workspace& workspace, const QList<ResultRecord>& results, const QString& category);
    bool isBuilding() const { return m_building; }

    void setShow(MatrixFilterProxy::Show show);
    void setSearchText(const QString& text);
    void selectCase(int proxyRow);
    QString currentCaseId() const;
    // Writes the rows shown, in the order shown; false with error set when the file cannot be written.
    bool exportTo(const QString& path, Format format, QString* error = nullptr) const;
    QByteArray exportData(Format format) const;

    ResultsMatrixModel* model() const { return m_model; }
    MatrixFilterProxy* proxy() const { return m_proxy; }
    QTableView* table() const { return m_table; }
    MatrixDetailPane* detailPane() const { return m_detail; }
    QString summaryText() const;

    void saveState(QSettings& settings) const;
    void restoreState(const QSettings& settings);

Q_SIGNALS:
    void matrixReady();

private:
    QWidget* buildToolBar();
    QToolButton* filterButton(MatrixFilterProxy::Show show);
    void applyMatrix(const MatrixData& matrix, quint64 generation);
    void configureColumns();
    void onCurrentChanged();
    void showDetail();
    void onHeaderClicked(int section);
    void onSelectedModelChanged(const QString& modelId);
    void updateSummary();
    void askExport(Format format);

    Selection* m_selection;
    ResultsMatrixModel* m_model;
    MatrixFilterProxy* m_proxy;
    QSplitter* m_splitter = nullptr;
    QTableView* m_table = nullptr;
    EmptyStateOverlay* m_empty = nullptr;
    MatrixDetailPane* m_detail = nullptr;
    QButtonGroup* m_filters = nullptr;
    QLineEdit* m_search = nullptr;
    QLabel* m_summary = nullptr;
    QPushButton* m_export = nullptr;
    QByteArray m_savedHeader; // restored once a matrix has the columns it was saved with
    QStringList m_savedHeaderModels;
    quint64 m_generation = 0; // a newer setResults() drops the matrices still being built
    bool m_building = false;
};
