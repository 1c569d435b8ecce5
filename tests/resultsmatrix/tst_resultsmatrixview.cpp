// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/selection.h"
#include "matrixfixture.h"
#include "resultsmatrix/matrixanswerblock.h"
#include "resultsmatrix/matrixdetailpane.h"
#include "resultsmatrix/resultsmatrixmodel.h"
#include "resultsmatrix/resultsmatrixview.h"

#include <QFile>
#include <QHeaderView>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

class TestResultsMatrixView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsTheSelectedCasesAnswers()
    {
        Selection selection;
        ResultsMatrixView view(&selection);
        QVERIFY(fill(view));
        QVERIFY(!view.detailPane()->isCaseShown());
        // No empty pane beside the table until a case is chosen: the table has the whole width.
        QVERIFY(view.detailPane()->isHidden());
        QVERIFY(view.summaryText().endsWith(u" · choose a case to see every model's answer"_s));
        view.selectCase(1);
        MatrixDetailPane* detail = view.detailPane();
        QVERIFY(detail->isCaseShown());
        QVERIFY(!detail->isHidden());
        QCOMPARE(view.summaryText(), u"6 of 6 case(s)"_s);
        view.selectCase(-1);
        QVERIFY(detail->isHidden());
        view.selectCase(1);
        QCOMPARE(detail->title(), u"cat · c2"_s);
        QCOMPARE(detail->inputText(), u"Ticket 2 about money"_s);
        QCOMPARE(detail->expectedText(), u"{\"a\": 1}"_s);
        QCOMPARE(detail->answers().size(), 3);
        QCOMPARE(detail->answer(u"m1"_s)->outputText(), u"right answer"_s);
        QVERIFY2(
            detail->answer(u"m1"_s)->headerText().contains(u"Model One  ✓ passed  ·  score 0.67 · $0.0012 · 420 ms"_s),
            qPrintable(detail->answer(u"m1"_s)->headerText()));
        QCOMPARE(detail->answer(u"m3"_s)->headerText(),
                 u"m3  ⚠ error  ·  $0.0012 · 420 ms\nRepeat 1 failed (fatal): quota exceeded"_s);
        QCOMPARE(detail->answer(u"m3"_s)->outputText(), QString());
        QCOMPARE(view.currentCaseId(), u"c2"_s);
    }

    void clickingAModelHeaderSelectsIt()
    {
        Selection selection;
        ResultsMatrixView view(&selection);
        QVERIFY(fill(view));
        view.selectCase(0);
        QSignalSpy changed(&selection, &Selection::modelChanged);
        Q_EMIT view.table()->horizontalHeader()->sectionClicked(3);
        QCOMPARE(selection.model(), u"m2"_s);
        QCOMPARE(changed.count(), 1);
        QVERIFY(view.detailPane()->answer(u"m2"_s)->isHighlighted());
        QVERIFY(!view.detailPane()->answer(u"m1"_s)->isHighlighted());
        QCOMPARE(view.model()->highlightedModel(), u"m2"_s);
        Q_EMIT view.table()->horizontalHeader()->sectionClicked(0); // the case column selects no model
        QCOMPARE(selection.model(), u"m2"_s);
    }

    void filtersAndExportsWhatIsShown()
    {
        Selection selection;
        ResultsMatrixView view(&selection);
        QVERIFY(fill(view));
        // English plurals come from signalbox_en.ts
        QCOMPARE(view.summaryText(), u"6 of 6 case(s) · choose a case to see every model's answer"_s);
        view.setShow(MatrixFilterProxy::Show::Errors);
        QCOMPARE(view.proxy()->rowCount(), 2);
        QCOMPARE(view.summaryText(), u"2 of 6 case(s) · choose a case to see every model's answer"_s);
        view.setSearchText(u"server"_s);
        QCOMPARE(view.proxy()->rowCount(), 1);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"matrix.csv"_s);
        QVERIFY(view.exportTo(path, ResultsMatrixView::Format::Csv));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray csv = file.readAll();
        QCOMPARE(csv, view.exportData(ResultsMatrixView::Format::Csv));
        QCOMPARE(csv.count("\r\n"), 2); // the header and c5
        QVERIFY(csv.contains("\r\nc5,Ticket 5 about money,account,pass,1,"));
        QString error;
        QVERIFY(!view.exportTo(dir.filePath(u"missing/folder/m.json"_s), ResultsMatrixView::Format::Json, &error));
        QVERIFY(!error.isEmpty());
    }

    void keepsTheSelectedCaseAcrossReloads()
    {
        Selection selection;
        ResultsMatrixView view(&selection);
        QVERIFY(fill(view));
        view.selectCase(2);
        QVERIFY(fill(view));
        QCOMPARE(view.currentCaseId(), u"c3"_s);
        QCOMPARE(view.detailPane()->title(), u"cat · c3"_s);
    }

    void dropsAStaleBuild()
    {
        Selection selection;
        ResultsMatrixView view(&selection);
        QSignalSpy ready(&view, &ResultsMatrixView::matrixReady);
        view.setResults(matrixWorkspace(), matrixResults(), u"cat"_s);
        view.setResults(matrixWorkspace(), matrixResults(), u"other"_s);
        QTRY_COMPARE(ready.count(), 1);
        QThreadPool::globalInstance()->waitForDone(); // the first build reports too, and must be ignored
        QCoreApplication::processEvents();
        QCOMPARE(ready.count(), 1);
        QCOMPARE(view.model()->rowCount(), 1);
        QCOMPARE(view.model()->matrix().category, u"other"_s);
    }

    void savesSplitterAndHeader()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(u"s.ini"_s), QSettings::IniFormat);
        {
            Selection selection;
            ResultsMatrixView view(&selection);
            QVERIFY(fill(view));
            view.table()->horizontalHeader()->resizeSection(2, 177);
            view.saveState(settings);
        }
        Selection selection;
        ResultsMatrixView view(&selection);
        view.restoreState(settings); // at start-up, before any results
        QVERIFY(fill(view));
        QCOMPARE(view.table()->horizontalHeader()->sectionSize(2), 177);
        view.table()->horizontalHeader()->resizeSection(3, 150);
        QVERIFY(fill(view)); // a reload of the same models keeps what the user set
        QCOMPARE(view.table()->horizontalHeader()->sectionSize(3), 150);
        QCOMPARE(view.table()->horizontalHeader()->sectionSize(2), 177);
    }

    void restoresAHeaderOfOtherModels()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(u"s.ini"_s), QSettings::IniFormat);
        {
            Selection selection;
            ResultsMatrixView view(&selection);
            QVERIFY(fill(view)); // three models
            view.saveState(settings);
        }
        Selection selection;
        ResultsMatrixView view(&selection);
        view.restoreState(settings);
        QSignalSpy ready(&view, &ResultsMatrixView::matrixReady);
        view.setResults(matrixWorkspace(), matrixResults(), u"other"_s); // one model
        QVERIFY(ready.wait(5000));
        QCOMPARE(view.table()->horizontalHeader()->count(), 3);
        QVERIFY(view.table()->horizontalHeader()->sectionSize(2) > 20);
        QVERIFY(!view.table()->horizontalHeader()->isSectionHidden(2));
    }

private:
    static bool fill(ResultsMatrixView& view)
    {
        QSignalSpy ready(&view, &ResultsMatrixView::matrixReady);
        view.setResults(matrixWorkspace(), matrixResults(), u"cat"_s);
        return ready.wait(5000);
    }
};

QTEST_MAIN(TestResultsMatrixView)
#include "tst_resultsmatrixview.moc"
