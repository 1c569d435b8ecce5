// SPDX-License-Identifier: GPL-3.0-or-later
// The matrix on the sample workspace's field extraction, six models answered by the sandbox's
// simulator and scored for real, in light and dark palettes. With SIGNALBOX_SCREENSHOT_DIR set,
// the pictures are saved there to be looked at.
#include "document/selection.h"
#include "resultsmatrix/matrixdetailpane.h"
#include "resultsmatrix/resultsmatrixmodel.h"
#include "resultsmatrix/resultsmatrixview.h"
#include "runner/promptrenderer.h"
#include "sandbox/modelsimulator.h"
#include "scoring/scoringengine.h"
#include "settings/theme.h"
#include "workspacefile/workspacereader.h"

#include <QDir>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QStringList shownModels { u"gpt-4o-mini"_s,       u"gpt-4.1-mini"_s,  u"claude-haiku"_s,
                                u"gemini-flash-lite"_s, u"llama-8b-groq"_s, u"llama-8b-local"_s };

ResultRecord simulate(const ModelSimulator& simulator, const Category& category, const TestCase& testCase,
                      const ModelSpec& model)
{
    const RenderedPrompt prompt = renderPrompt(category, testCase);
    SimulatedCall call { model.model.isEmpty() ? model.id : model.model, prompt.systemPrompt,
                         prompt.messages.constLast().content };
    call.inputChars = prompt.flattened().size();
    const SimulatedAnswer answer = simulator.answer(call);
    ResultRecord record { u"run"_s, category.name, testCase.id, model.id };
    record.output = answer.text;
    record.inputTokens = answer.inputTokens;
    record.outputTokens = answer.outputTokens;
    record.costUsd = model.price.costOf(answer.inputTokens, answer.outputTokens);
    record.latencyMs = answer.latencyMs;
    const ScoreResult score = scoreOutput(record.output, record.latencyMs, record.costUsd, testCase, category);
    record.score = score.score;
    record.pass = score.pass;
    return record;
}

QList<ResultRecord> sandboxResults(const Workspace& workspace, const Category& category)
{
    ModelSimulator simulator;
    simulator.setProfiles(workspace.models);
    for (const TestCase& testCase : category.cases)
        simulator.addExpectedOutput(renderPrompt(category, testCase).messages.constLast().content, testCase.expected);
    QList<ResultRecord> results;
    for (const TestCase& testCase : category.cases) {
        for (const QString& id : shownModels)
            results.append(simulate(simulator, category, testCase, *workspace.model(id)));
    }
    ResultRecord& quota = results[2 * shownModels.size() + 4]; // the Groq model on the third case
    quota.output.clear();
    quota.score.reset();
    quota.pass = false;
    quota.errorKind = u"fatal"_s;
    quota.errorMessage = u"HTTP 429 insufficient_quota: You exceeded your current quota"_s;
    ResultRecord& filtered = results[3]; // Gemini on the first case: a blocked answer is a failure, not an error
    filtered.output.clear();
    filtered.score = 0.0;
    filtered.pass = false;
    filtered.refusal = u"content-filter"_s;
    filtered.refusalReason = u"The answer was blocked (SAFETY) [HARM_CATEGORY_DANGEROUS_CONTENT (HIGH)]"_s;
    return results;
}
bool save(QWidget* widget, const QString& name)
{
    QCoreApplication::processEvents();
    const QPixmap pixmap = widget->grab();
    if (pixmap.size() != QSize(1200, 700))
        return false;
    const QString dir = qEnvironmentVariable("SIGNALBOX_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return true;
    QDir().mkpath(dir);
    const QString path = QDir(dir).filePath(name + u".png"_s);
    qInfo("%s", qPrintable(path));
    return pixmap.save(path);
}
} // namespace

class TestResultsMatrixScreenshots : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void grabs_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }

    void grabs()
    {
        QFETCH(bool, dark);
        applyTheme(dark ? Settings::Theme::Dark : Settings::Theme::Light);
        const WorkspaceLoad load
            = readWorkspaceFile(QFINDTESTDATA("../../resources/samples/support-desk/support-desk.signalbox.yaml"));
        QVERIFY(load.ok());
        const Category* category = load.workspace.category(u"field-extraction"_s);
        QVERIFY(category && category->cases.size() >= 10);
        Selection selection;
        selection.setModel(u"claude-haiku"_s);
        ResultsMatrixView view(&selection);
        QSignalSpy ready(&view, &ResultsMatrixView::matrixReady);
        view.setResults(load.workspace, sandboxResults(load.workspace, *category), category->name);
        QVERIFY(ready.wait(5000));
        QCOMPARE(view.model()->columnCount(), 2 + 6);
        QCOMPARE(view.model()->rowCount(), category->cases.size());
        view.resize(1200, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.selectCase(0);
        QCOMPARE(view.model()->index(0, 2 + 3).data().toString(), u"content filter"_s);
        QVERIFY(save(&view, dark ? u"matrix-refusal-dark"_s : u"matrix-refusal-light"_s));
        view.setShow(MatrixFilterProxy::Show::Disagreements);
        QVERIFY(view.proxy()->rowCount() > 0);
        view.selectCase(0);
        QVERIFY(view.detailPane()->isCaseShown());
        QVERIFY(save(&view, dark ? u"matrix-dark"_s : u"matrix-light"_s));
        view.setShow(MatrixFilterProxy::Show::Errors);
        QCOMPARE(view.proxy()->rowCount(), 1);
        view.selectCase(0);
        QVERIFY(save(&view, dark ? u"matrix-errors-dark"_s : u"matrix-errors-light"_s));
    }
};

QTEST_MAIN(TestResultsMatrixScreenshots)
#include "tst_resultsmatrixscreenshots.moc"
