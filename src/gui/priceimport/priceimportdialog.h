// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pricing/pricereview.h"

#include <QDialog>

#include <memory>

class PriceListFetcher;
class PriceReviewModel;
class QSortFilterProxyModel;
class WorkspaceDocument;

namespace Ui {
class PriceImportDialog;
}

// Import Prices: a price list from its public address (downloaded in the background, cancellable)
// or from a file (read and parsed off the GUI thread), reviewed against the workspace's models (old
// and new per model, the unmatched listed) and applied as one undoable edit.
class PriceImportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PriceImportDialog(WorkspaceDocument* document, QWidget* parent = nullptr);
    ~PriceImportDialog() override;

    void loadFile(const QString& path);
    void download(const QUrl& url);
    const PriceReview& review() const;
    bool applyReview(); // false when there is nothing to apply
    QString statusText() const;

Q_SIGNALS:
    void reviewReady(); // a list was read and reviewed, or failed: statusText() says which
    void applied(int changedModels);

private:
    void chooseFile();
    void downloadChosen();
    void parseInBackground(const QByteArray& json, const QString& source);
    void showLoad(const PriceListLoad& load, const QString& source);
    void showFailure(const QString& message);
    void setBusy(bool busy);
    void updateButtons();

    std::unique_ptr<Ui::PriceImportDialog> ui;
    WorkspaceDocument* m_document;
    PriceListFetcher* m_fetcher;
    PriceReviewModel* m_model;
    QSortFilterProxyModel* m_proxy;
    std::optional<PriceList> m_list; // the list reviewed, to show the models as they are after applying it
    int m_generation = 0; // drops the result of a list superseded while it was parsed
};
