// SPDX-License-Identifier: GPL-3.0-or-later
// The Import Prices dialog on the price tests' workspace and LiteLLM list: the review, applying it
// as one undo step, and a list that cannot be read.
#include "areascreenshot.h"
#include "document/workspacedocument.h"
#include "priceimport/priceimportdialog.h"
#include "settings/theme.h"

#include <QAbstractItemView>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace Qt::Literals::StringLiterals;

class TestPriceImportDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_document = std::make_unique<WorkspaceDocument>();
        const WorkspaceLoad load = m_document->load(QFINDTESTDATA("../pricing/data/prices.signalbox.yaml"));
        QVERIFY(load.ok());
    }

    void reviewThenApplyAsOneUndoStep()
    {
        PriceImportDialog dialog(m_document.get());
        QSignalSpy ready(&dialog, &PriceImportDialog::reviewReady);
        dialog.loadFile(QFINDTESTDATA("../pricing/data/litellm-small.json"));
        QVERIFY(ready.wait(10000));
        QCOMPARE(dialog.review().matched.size(), 5);
        QCOMPARE(dialog.review().changeCount(), 4);
        QVERIFY2(dialog.statusText().contains(u"new prices for 4 of the 5 models"_s), qPrintable(dialog.statusText()));
        auto* unmatched = dialog.findChild<QLabel*>(u"unmatchedLabel"_s);
        QVERIFY(unmatched->text().contains(u"qwen (not in the list)"_s));
        QVERIFY(unmatched->text().contains(u"o1pro (its entry o1-pro was refused"_s));
        auto* view = dialog.findChild<QTableView*>(u"reviewView"_s);
        QCOMPARE(view->model()->rowCount(), 5);
        for (const Settings::Theme theme : { Settings::Theme::Light, Settings::Theme::Dark }) {
            applyTheme(theme);
            const QString name = u"price-import-review-"_s + Settings::themeKeyName(theme);
            QVERIFY(!saveScreenshot(&dialog, name, { 960, 520 }).isEmpty());
        }
        applyTheme(Settings::Theme::System);

        const Workspace before = m_document->workspace();
        QSignalSpy applied(&dialog, &PriceImportDialog::applied);
        auto* apply = dialog.findChild<QDialogButtonBox*>(u"buttonBox"_s)->button(QDialogButtonBox::Apply);
        QVERIFY(apply->isEnabled());
        apply->click();
        QCOMPARE(applied.size(), 1);
        QCOMPARE(applied.constFirst().at(0).toInt(), 4);
        QCOMPARE(m_document->workspace().model(u"gpt41"_s)->price, (Price { 1.8, 7.2, 0.45, std::nullopt }));
        QCOMPARE(m_document->workspace().model(u"flash"_s)->contextWindow, 1048576);
        QCOMPARE(m_document->undoStack()->count(), 1);
        QVERIFY(!apply->isEnabled()); // the models have the list's prices now
        QCOMPARE(dialog.review().changeCount(), 0);
        m_document->undoStack()->undo();
        QCOMPARE(m_document->workspace(), before);
    }

    void unreadableListSaysWhy()
    {
        PriceImportDialog dialog(m_document.get());
        QSignalSpy ready(&dialog, &PriceImportDialog::reviewReady);
        dialog.loadFile(QFINDTESTDATA("../pricing/data/prices.signalbox.yaml"));
        QVERIFY(ready.wait(10000));
        QVERIFY2(dialog.statusText().contains(u"is not JSON"_s), qPrintable(dialog.statusText()));
        QVERIFY(!dialog.findChild<QDialogButtonBox*>(u"buttonBox"_s)->button(QDialogButtonBox::Apply)->isEnabled());
        QVERIFY(!dialog.applyReview());
        QCOMPARE(m_document->undoStack()->count(), 0);
    }

private:
    std::unique_ptr<WorkspaceDocument> m_document;
};

QTEST_MAIN(TestPriceImportDialog)
#include "tst_priceimportdialog.moc"
