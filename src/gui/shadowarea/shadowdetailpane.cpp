// SPDX-License-Identifier: GPL-3.0-or-later
#include "shadowdetailpane.h"

#include "common/displayformat.h"
#include "domain/workspace.h"
#include "shadowanswerview.h"
#include "shadowcasemodel.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>

ShadowDetailPane::ShadowDetailPane(QWidget* parent)
    : QWidget(parent)
    , m_caseTitle(new QLabel(this))
    , m_input(new QPlainTextEdit(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_baseline(new ShadowAnswerView(m_splitter))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    QFont bold = m_caseTitle->font();
    bold.setBold(true);
    m_caseTitle->setFont(bold);
    m_caseTitle->setWordWrap(true); // a long expected output must not widen the pane
    m_input->setReadOnly(true);
    m_input->setMaximumHeight(m_input->fontMetrics().lineSpacing() * 4 + 12);
    m_input->setToolTip(tr("The input both models answered"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_baseline);
    layout->addWidget(m_caseTitle);
    layout->addWidget(m_input);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(createVerdictRow());
    setCase(Workspace {}, ShadowComparison {}, -1, 0);
}

ShadowDetailPane::~ShadowDetailPane() = default;

QWidget* ShadowDetailPane::createVerdictRow()
{
    // The note has a line of its own: beside the buttons, a narrow pane left it a few pixels.
    auto* row = new QWidget(this);
    auto* rows = new QVBoxLayout(row);
    rows->setContentsMargins(0, 0, 0, 0);
    auto* layout = new QHBoxLayout;
    rows->addLayout(layout);
    m_verdictLabel = new QLabel(row);
    layout->addWidget(m_verdictLabel);
    m_verdicts = new QButtonGroup(this);
    m_verdicts->setExclusive(false); // a second click on the chosen verdict clears it
    const struct {
        Verdict verdict;
        QString text;
        QString toolTip;
    } buttons[] = {
        { Verdict::Better, tr("&Better"), tr("The candidate's answer is better (B); click again to clear") },
        { Verdict::Same, tr("&Same"), tr("Both answers are as good (S); click again to clear") },
        { Verdict::Worse, tr("&Worse"), tr("The candidate's answer is worse (W); click again to clear") },
    };
    for (const auto& spec : buttons) {
        auto* button = new QPushButton(spec.text, row);
        button->setCheckable(true);
        button->setToolTip(spec.toolTip);
        button->setFocusPolicy(Qt::TabFocus);
        m_verdicts->addButton(button, int(spec.verdict));
        layout->addWidget(button);
    }
    connect(m_verdicts, &QButtonGroup::idClicked, this, &ShadowDetailPane::onVerdictClicked);
    m_note = new QLineEdit(row);
    m_note->setPlaceholderText(tr("Note (optional): why"));
    m_note->setClearButtonEnabled(true);
    connect(m_note, &QLineEdit::editingFinished, this, [this] {
        if (m_shownVerdict && m_note->isModified()) {
            m_note->setModified(false);
            Q_EMIT verdictEdited(m_shownVerdict, m_note->text());
        }
    });
    layout->addStretch(1);
    rows->addWidget(m_note);
    return row;
}

QPushButton* ShadowDetailPane::verdictButton(Verdict verdict) const
{
    return qobject_cast<QPushButton*>(m_verdicts->button(int(verdict)));
}

void ShadowDetailPane::onVerdictClicked(int id)
{
    const auto verdict = Verdict(id);
    const std::optional<Verdict> chosen = m_shownVerdict == verdict ? std::nullopt : std::optional(verdict);
    m_shownVerdict = chosen;
    const QString note = chosen ? m_note->text() : QString();
    for (QAbstractButton* button : m_verdicts->buttons())
        button->setChecked(chosen && m_verdicts->id(button) == int(*chosen));
    m_note->setEnabled(chosen.has_value());
    Q_EMIT verdictEdited(chosen, note);
}

void ShadowDetailPane::ensureCandidateViews(int count)
{
    while (m_candidates.size() < count) {
        auto* view = new ShadowAnswerView(m_splitter);
        m_splitter->addWidget(view);
        m_candidates.append(view);
    }
    for (int i = 0; i < m_candidates.size(); ++i)
        m_candidates.at(i)->setVisible(i < count);
}

void ShadowDetailPane::setCase(const Workspace& workspace, const ShadowComparison& comparison, int caseIndex,
                               int focusCandidate)
{
    const bool valid = caseIndex >= 0 && caseIndex < comparison.cases.size();
    m_caseIndex = valid ? caseIndex : -1;
    setEnabled(valid);
    if (!valid) {
        m_caseTitle->setText(tr("Choose a case in the list to see the answers side by side"));
        m_input->clear();
        m_baseline->clear();
        ensureCandidateViews(0);
        m_verdictLabel->setText(tr("Your verdict:"));
        showVerdict(std::nullopt);
        return;
    }
    const ShadowCase& shadowCase = comparison.cases.at(caseIndex);
    m_caseTitle->setText(
        shadowCase.expected.isEmpty()
            ? tr("Case %1").arg(shadowCase.caseId)
            : tr("Case %1 · expected: %2").arg(shadowCase.caseId, DisplayFormat::oneLine(shadowCase.expected, 200)));
    m_input->setPlainText(shadowCase.input);
    const int candidates = int(shadowCase.candidates.size());
    const int focus = qBound(0, focusCandidate, qMax(0, candidates - 1));
    const QList<DiffSpan> removed = candidates > 0 ? shadowCase.candidates.at(focus).diff.baseline : QList<DiffSpan> {};
    m_baseline->setAnswer(tr("Baseline: %1").arg(shadowModelLabel(workspace, comparison.baselineModelId)),
                          shadowCase.baseline, removed);
    ensureCandidateViews(candidates);
    for (int i = 0; i < candidates; ++i) {
        const ShadowCandidateAnswer& candidate = shadowCase.candidates.at(i);
        m_candidates.at(i)->setAnswer(shadowModelLabel(workspace, comparison.candidateModelIds.value(i)),
                                      candidate.answer, candidate.diff.candidate);
    }
    const QString focusName = shadowModelLabel(workspace, comparison.candidateModelIds.value(focus));
    m_verdictLabel->setText(tr("Your verdict on %1:").arg(focusName));
    showVerdict(candidates > 0 ? shadowCase.candidates.at(focus).verdict : std::nullopt);
}

void ShadowDetailPane::showVerdict(const std::optional<ShadowVerdict>& verdict)
{
    m_shownVerdict = verdict ? std::optional(verdict->verdict) : std::nullopt;
    for (QAbstractButton* button : m_verdicts->buttons())
        button->setChecked(verdict && m_verdicts->id(button) == int(verdict->verdict));
    m_note->setText(verdict ? verdict->note : QString());
    m_note->setModified(false);
    m_note->setEnabled(verdict.has_value());
}

void ShadowDetailPane::showFirstDifference()
{
    m_baseline->showFirstDifference();
    for (ShadowAnswerView* view : std::as_const(m_candidates))
        view->showFirstDifference();
}
