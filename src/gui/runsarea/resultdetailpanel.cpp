// SPDX-License-Identifier: GPL-3.0-or-later
#include "resultdetailpanel.h"

#include "common/costformat.h"
#include "common/displayformat.h"
#include "common/noticebanner.h"
#include "resultstablemodel.h"
#include "runner/promptrenderer.h"
#include "runner/runplan.h"
#include "scoring/scoringengine.h"
#include "ui_resultdetailpanel.h"

#include <QLocale>
#include <QSettings>

namespace {
const QLatin1String splitterKey("detail/columns");

QString block(const QString& heading, const QString& text)
{
    return u"<p style=\"margin-bottom:2px\"><b>" + heading.toHtmlEscaped()
        + u"</b></p><div style=\"white-space:pre-wrap\">" + text.toHtmlEscaped() + u"</div>";
}

QString roleTitle(const QString& role)
{
    if (role == QLatin1String("system"))
        return ResultDetailPanel::tr("System");
    if (role == QLatin1String("assistant"))
        return ResultDetailPanel::tr("Assistant");
    if (role == QLatin1String("user"))
        return ResultDetailPanel::tr("User");
    return role;
}

QString badgeStyle(const QString& background)
{
    return u"QLabel { background-color: " + background
        + u"; color: white; border-radius: 3px; padding: 1px 6px; font-weight: bold; }";
}

QString outcomeColour(ResultsTableModel::Outcome outcome)
{
    switch (outcome) {
    case ResultsTableModel::Outcome::Pass:
        return QStringLiteral("#2e8b4a");
    case ResultsTableModel::Outcome::Fail:
        return QStringLiteral("#c0392b");
    case ResultsTableModel::Outcome::Error:
        return QStringLiteral("#b9770e");
    }
    return {};
}

QString latencyText(qint64 ms)
{
    if (ms < 0)
        return DisplayFormat::unmeasuredLatency();
    return ms < 1000 ? ResultDetailPanel::tr("%1 ms").arg(QLocale().toString(ms))
                     : ResultDetailPanel::tr("%1 s").arg(QLocale().toString(ms / 1000.0, 'f', 2));
}

QString metricsText(const ResultRecord& record)
{
    QStringList parts;
    parts.append(record.score ? ResultDetailPanel::tr("Score %1").arg(QLocale().toString(*record.score, 'f', 2))
                              : ResultDetailPanel::tr("Not scored"));
    parts.append(ResultDetailPanel::tr("Latency %1").arg(latencyText(record.latencyMs)));
    parts.append(ResultDetailPanel::tr("Tokens %1 in / %2 out%3")
                     .arg(DisplayFormat::count(record.inputTokens), DisplayFormat::count(record.outputTokens),
                          record.usageEstimated ? ResultDetailPanel::tr(" (estimated)") : QString()));
    QString cost = ResultDetailPanel::tr("Cost %1").arg(costText(record.costUsd));
    if (record.judgeCostUsd > 0)
        cost += ResultDetailPanel::tr(" + judge %1").arg(costText(record.judgeCostUsd));
    parts.append(cost);
    parts.append(ResultDetailPanel::tr("Attempts %1").arg(record.attempts));
    if (record.cached)
        parts.append(ResultDetailPanel::tr("answered from the response cache"));
    if (record.finishedAt.isValid())
        parts.append(QLocale().toString(record.finishedAt.toLocalTime(), QLocale::ShortFormat));
    return parts.join(QStringLiteral(" · "));
}
} // namespace

ResultDetailPanel::ResultDetailPanel(QWidget* parent)
    : QWidget(parent)
    , ui(std::make_unique<Ui::ResultDetailPanel>())
    , m_notice(new NoticeBanner(this))
{
    ui->setupUi(this);
    ui->noticeLayout->addWidget(m_notice);
    ui->emptyLabel->setForegroundRole(QPalette::PlaceholderText);
    ui->emptyLabel->setText(tr("Select a result to see what was sent, what came back and how it was scored."));
    ui->inputTitle->setText(tr("Input sent"));
    ui->expectedTitle->setText(tr("Expected output"));
    ui->outputTitle->setText(tr("Model output"));
    ui->scoringTitle->setText(tr("Scoring"));
    ui->simulatedLabel->setText(tr("Simulated by the sandbox"));
    ui->simulatedLabel->setToolTip(tr("This answer came from the sandbox's simulated model, not from the provider"));
    ui->simulatedLabel->setStyleSheet(badgeStyle(QStringLiteral("#7d5ba6")));
    ui->columnsSplitter->setSizes({ 300, 220, 300, 240 });
    clear();
}

ResultDetailPanel::~ResultDetailPanel() = default;

void ResultDetailPanel::setEmptyMessage(const QString& message)
{
    ui->emptyLabel->setText(message);
}

void ResultDetailPanel::setWorkspace(const Workspace& workspace)
{
    m_workspace = workspace;
    m_workspaceHash.clear();
}

QString ResultDetailPanel::currentWorkspaceHash()
{
    if (m_workspaceHash.isEmpty())
        m_workspaceHash = workspaceHash(m_workspace);
    return m_workspaceHash;
}

void ResultDetailPanel::clear()
{
    ui->pages->setCurrentWidget(ui->emptyLabel);
}

bool ResultDetailPanel::isResultShown() const
{
    return ui->pages->currentWidget() == ui->detailPage;
}

void ResultDetailPanel::showResult(const ResultRecord& record, const RunInfo& run, const QString& modelLabel)
{
    const Category* category = m_workspace.category(record.category);
    const int caseIndex = category ? category->indexOfCase(record.caseId) : -1;
    const TestCase* testCase = caseIndex >= 0 ? &category->cases.at(caseIndex) : nullptr;
    showHeader(record, run, modelLabel);
    showInput(category, testCase);
    ui->outputView->setPlainText(record.output);
    if (record.output.isEmpty())
        ui->outputView->setPlaceholderText(record.isError() ? tr("No answer: the call failed.")
                                                            : tr("The model answered nothing."));
    showScoring(record, category, testCase);
    showNotice(record, run, testCase != nullptr);
    ui->pages->setCurrentWidget(ui->detailPage);
}

void ResultDetailPanel::showHeader(const ResultRecord& record, const RunInfo& run, const QString& modelLabel)
{
    const ResultsTableModel::Outcome outcome = ResultsTableModel::outcomeOf(record);
    const QString outcomes[] = { tr("Error"), tr("Fail"), tr("Pass") };
    ui->outcomeLabel->setText(outcomes[int(outcome)]);
    ui->outcomeLabel->setStyleSheet(badgeStyle(outcomeColour(outcome)));
    QString title = tr("%1 / %2 · %3").arg(record.category, record.caseId, modelLabel);
    if (run.repeats > 1 || record.repeat > 0)
        title += tr(" · repeat %1").arg(record.repeat + 1);
    ui->titleLabel->setText(title);
    ui->simulatedLabel->setVisible(run.simulated);
    ui->metricsLabel->setText(metricsText(record));
}

void ResultDetailPanel::showInput(const Category* category, const TestCase* testCase)
{
    if (!testCase) {
        ui->inputView->setPlainText(tr("This case is no longer in the workspace, so its input cannot be shown."));
        ui->expectedView->setPlainText({});
        return;
    }
    const RenderedPrompt prompt = renderPrompt(*category, *testCase);
    QString html;
    if (!prompt.systemPrompt.isEmpty())
        html += block(tr("System"), prompt.systemPrompt);
    for (const ChatMessage& message : prompt.messages)
        html += block(roleTitle(message.role), message.content);
    ui->inputView->setHtml(html);
    ui->expectedView->setPlainText(testCase->expected);
    ui->expectedView->setPlaceholderText(tr("The case has no expected output; its scorers say what passes."));
}

void ResultDetailPanel::showNotice(const ResultRecord& record, const RunInfo& run, bool caseFound)
{
    QStringList lines;
    if (record.isError()) {
        const QString status = record.httpStatus > 0 ? tr(", HTTP %1").arg(record.httpStatus) : QString();
        lines.append(tr("Error (%1%2): %3").arg(record.errorKind, status, record.errorMessage));
    }
    if (record.isRefusal())
        lines.append(tr("No answer to score, so the case failed: %1 (%2)")
                         .arg(refusalLabel(record.refusal), record.refusalReason));
    if (caseFound && !run.workspaceHash.isEmpty() && run.workspaceHash != currentWorkspaceHash())
        lines.append(
            tr("The workspace changed since this run: the input, expected output and scorers shown are today's."));
    m_notice->setKind(record.isError() ? NoticeBanner::Kind::Warning : NoticeBanner::Kind::Information);
    m_notice->setText(lines.join(u'\n'));
}

void ResultDetailPanel::showScoring(const ResultRecord& record, const Category* category, const TestCase* testCase)
{
    QString html;
    if (record.isError()) {
        html = tr("<p><b>Not scored</b>: the call failed, so there was no answer to judge.</p>");
    } else if (record.isRefusal()) {
        html = tr("<p><b>Failed</b> without scoring: the answer was a %1.</p>").arg(refusalLabel(record.refusal).toHtmlEscaped());
    } else {
        const QString verdict = record.pass ? tr("Passed") : tr("Failed");
        html = tr("<p><b>%1</b> with a score of %2.</p>")
                   .arg(verdict, QLocale().toString(record.score.value_or(0.0), 'f', 2));
    }
    if (testCase && !record.isError() && !record.isRefusal()) {
        const ScoreResult again = scoreOutput(record.output, record.latencyMs, record.costUsd, *testCase, *category);
        html += u"<ul style=\"margin-left:-20px\">";
        for (const AssertionResult& assertion : again.assertions) {
            const Scorer* scorer = Scorer::forType(assertion.type);
            const bool judged = scorer && scorer->needsModelCall();
            const QString mark = judged ? QStringLiteral("⚖")
                : assertion.pass        ? QStringLiteral("✔")
                                        : QStringLiteral("✘");
            const QString reason = judged ? tr("scored by the judge model during the run") : assertion.reason;
            html += u"<li>" + mark + u" <b>" + assertion.type.toHtmlEscaped() + u"</b>"
                + (assertion.weight != 1.0 ? tr(" (weight %1)").arg(assertion.weight) : QString()) + u": "
                + reason.toHtmlEscaped() + u"</li>";
        }
        html += u"</ul><p>"
            + tr("Pass threshold %1.").arg(QLocale().toString(again.passThreshold, 'f', 2)).toHtmlEscaped() + u"</p>";
    }
    ui->scoringView->setHtml(html);
}

QString ResultDetailPanel::title() const
{
    return ui->titleLabel->text();
}

QString ResultDetailPanel::inputText() const
{
    return ui->inputView->toPlainText();
}

QString ResultDetailPanel::outputText() const
{
    return ui->outputView->toPlainText();
}

QString ResultDetailPanel::scoringText() const
{
    return ui->scoringView->toPlainText();
}

QString ResultDetailPanel::noticeText() const
{
    return m_notice->text();
}

bool ResultDetailPanel::isSimulatedShown() const
{
    return isResultShown() && !ui->simulatedLabel->isHidden();
}

void ResultDetailPanel::saveState(QSettings& settings) const
{
    settings.setValue(splitterKey, ui->columnsSplitter->saveState());
}

void ResultDetailPanel::restoreState(const QSettings& settings)
{
    ui->columnsSplitter->restoreState(settings.value(splitterKey).toByteArray());
}
