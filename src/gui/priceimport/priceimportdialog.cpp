// SPDX-License-Identifier: GPL-3.0-or-later
#include "priceimportdialog.h"

#include "common/background.h"
#include "common/whenfinished.h"
#include "document/documentedits.h"
#include "pricelistfetcher.h"
#include "pricereviewmodel.h"
#include "ui_priceimportdialog.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QUndoStack>

PriceImportDialog::PriceImportDialog(WorkspaceDocument* document, QWidget* parent)
    : QDialog(parent)
    , ui(std::make_unique<Ui::PriceImportDialog>())
    , m_document(document)
    , m_fetcher(new PriceListFetcher(this))
    , m_model(new PriceReviewModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    ui->setupUi(this);
    ui->sourceCombo->addItem(priceListFormatDisplayName(PriceListFormat::LiteLlm), liteLlmPriceListUrl());
    ui->sourceCombo->addItem(priceListFormatDisplayName(PriceListFormat::OpenRouter), openRouterModelsUrl());
    ui->sourceCombo->setItemData(0, liteLlmPriceListUrl(), Qt::ToolTipRole);
    ui->sourceCombo->setItemData(1, openRouterModelsUrl(), Qt::ToolTipRole);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(PriceReviewModel::SortRole);
    ui->reviewView->setModel(m_proxy);
    ui->reviewView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    ui->reviewView->horizontalHeader()->setStretchLastSection(true);
    ui->reviewView->verticalHeader()->hide();
    ui->reviewView->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder); // the workspace's order until sorted
    ui->buttonBox->button(QDialogButtonBox::Apply)->setText(tr("&Apply New Prices"));
    ui->statusLabel->setText(tr("Download a list, or open one saved as a file."));
    connect(ui->downloadButton, &QPushButton::clicked, this, &PriceImportDialog::downloadChosen);
    connect(ui->openFileButton, &QPushButton::clicked, this, &PriceImportDialog::chooseFile);
    connect(ui->cancelButton, &QPushButton::clicked, m_fetcher, &PriceListFetcher::cancel);
    connect(ui->buttonBox->button(QDialogButtonBox::Apply), &QPushButton::clicked, this,
            &PriceImportDialog::applyReview);
    connect(ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_fetcher, &PriceListFetcher::progress, this, [this](qint64 received, qint64 total) {
        ui->progressBar->setRange(0, total > 0 ? 1000 : 0);
        if (total > 0)
            ui->progressBar->setValue(int(1000 * received / total));
    });
    connect(m_fetcher, &PriceListFetcher::finished, this, [this](const QByteArray& body, const QUrl& url) {
        parseInBackground(body, url.toDisplayString());
    });
    connect(m_fetcher, &PriceListFetcher::failed, this, &PriceImportDialog::showFailure);
    connect(m_fetcher, &PriceListFetcher::cancelled, this, [this] {
        setBusy(false);
        ui->statusLabel->setText(tr("Download cancelled."));
    });
    setBusy(false);
}

PriceImportDialog::~PriceImportDialog() = default;

const PriceReview& PriceImportDialog::review() const
{
    return m_model->review();
}

QString PriceImportDialog::statusText() const
{
    return ui->statusLabel->text();
}

void PriceImportDialog::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Price List"), {}, tr("JSON files (*.json)"));
    if (!path.isEmpty())
        loadFile(path);
}

void PriceImportDialog::downloadChosen()
{
    download(QUrl(ui->sourceCombo->currentData().toString()));
}

void PriceImportDialog::download(const QUrl& url)
{
    ++m_generation;
    m_fetcher->fetch(url);
    setBusy(true);
    ui->statusLabel->setText(tr("Downloading %1…").arg(url.toDisplayString()));
}

void PriceImportDialog::loadFile(const QString& path)
{
    m_fetcher->cancel();
    const int generation = ++m_generation;
    setBusy(true);
    ui->statusLabel->setText(tr("Reading %1…").arg(QFileInfo(path).fileName()));
    whenFinished(this, Background::run([path] { return PriceListReader::readFile(path); }),
                 [this, generation, path](const PriceListLoad& load) {
                     if (generation == m_generation)
                         showLoad(load, QFileInfo(path).fileName());
                 });
}

void PriceImportDialog::parseInBackground(const QByteArray& json, const QString& source)
{
    const int generation = ++m_generation;
    ui->statusLabel->setText(tr("Reading %1…").arg(source));
    whenFinished(this, Background::run([json, source] { return PriceListReader::parse(json, source); }),
                 [this, generation, source](const PriceListLoad& load) {
                     if (generation == m_generation)
                         showLoad(load, source);
                 });
}

void PriceImportDialog::showLoad(const PriceListLoad& load, const QString& source)
{
    if (!load.list) {
        showFailure(load.error);
        return;
    }
    setBusy(false);
    m_list = load.list;
    const PriceReview review = PriceReviewer::review(m_document->workspace(), *load.list, source);
    m_model->setReview(review);
    ui->statusLabel->setText(review.hasChanges()
                                 ? tr("%1 from %2: new prices for %3 of the %4 models it lists.")
                                       .arg(priceListFormatDisplayName(review.format), source)
                                       .arg(review.changeCount())
                                       .arg(review.matched.size())
                                 : tr("%1 from %2: the models already have its prices.")
                                       .arg(priceListFormatDisplayName(review.format), source));
    QStringList unmatched;
    for (const UnmatchedModel& model : review.unmatched)
        unmatched.append(tr("%1 (%2)").arg(model.modelId, model.reason));
    ui->unmatchedLabel->setText(unmatched.isEmpty()
                                    ? QString()
                                    : tr("Not in the list, prices kept: %1").arg(unmatched.join(QStringLiteral("; "))));
    updateButtons();
    Q_EMIT reviewReady();
}

void PriceImportDialog::showFailure(const QString& message)
{
    setBusy(false);
    ui->statusLabel->setText(message);
    Q_EMIT reviewReady();
}

bool PriceImportDialog::applyReview()
{
    const PriceReview& review = m_model->review();
    if (!review.hasChanges())
        return false;
    // The review was made against the workspace as it was; apply it to the models as they are now.
    const Workspace updated = PriceReviewer::apply(m_document->workspace(), review);
    QUndoStack* stack = m_document->undoStack();
    stack->beginMacro(tr("Import Prices from %1").arg(review.source));
    for (const PriceChange& change : review.matched) {
        const int row = updated.indexOfModel(change.modelId);
        if (change.changes() && row >= 0)
            stack->push(DocumentEdits::setModel(m_document, row, updated.models.at(row),
                                                tr("Set the price of %1").arg(change.modelId)));
    }
    stack->endMacro();
    const int count = review.changeCount();
    m_model->setReview(PriceReviewer::review(m_document->workspace(), *m_list, review.source));
    ui->statusLabel->setText(tr("Applied the new prices of %1 models; Edit ▸ Undo takes them back.").arg(count));
    ui->unmatchedLabel->clear();
    updateButtons();
    Q_EMIT applied(count);
    return true;
}

void PriceImportDialog::setBusy(bool busy)
{
    ui->progressBar->setVisible(busy && m_fetcher->isBusy());
    ui->cancelButton->setVisible(busy && m_fetcher->isBusy());
    ui->progressBar->setRange(0, 0);
    ui->downloadButton->setEnabled(!busy);
    ui->openFileButton->setEnabled(!busy);
    updateButtons();
}

void PriceImportDialog::updateButtons()
{
    ui->buttonBox->button(QDialogButtonBox::Apply)->setEnabled(m_model->review().hasChanges());
}
