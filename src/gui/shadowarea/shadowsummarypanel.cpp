// SPDX-License-Identifier: GPL-3.0-or-later
#include "shadowsummarypanel.h"

#include "common/costformat.h"
#include "common/displayformat.h"
#include "routing/servingmodel.h"
#include "shadowcasemodel.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>

namespace {

// "+12%", "−80%".
QString signedPercent(double change)
{
    const QString magnitude = DisplayFormat::percent(qAbs(change));
    return change < 0 ? QStringLiteral("−") + magnitude : QStringLiteral("+") + magnitude;
}

QString tallyText(const ShadowTally& tally)
{
    return ShadowSummaryPanel::tr("%1 better · %2 same · %3 worse").arg(tally.wins).arg(tally.ties).arg(tally.losses);
}

QString costLine(const ShadowSummary& summary)
{
    QString line = ShadowSummaryPanel::tr("Cost per request: %1 → %2")
                       .arg(costText(summary.baselineCostPerRequest()), costText(summary.candidateCostPerRequest()));
    if (const std::optional<double> change = summary.costChange())
        line += QStringLiteral(" (%1)").arg(signedPercent(*change));
    return line;
}

QString latencyLine(const ShadowSummary& summary)
{
    // Answers collected through a provider's batch API have no latency: unknown, never 0 ms.
    const auto mean = [](std::optional<double> ms) {
        return ms ? ShadowSummaryPanel::tr("%1 ms").arg(QLocale().toString(qRound64(*ms)))
                  : ShadowSummaryPanel::tr("— (batch)");
    };
    QString line = ShadowSummaryPanel::tr("Mean latency: %1 → %2")
                       .arg(mean(summary.baselineMeanLatencyMs), mean(summary.candidateMeanLatencyMs));
    if (const std::optional<double> change = summary.latencyChange())
        line += QStringLiteral(" (%1)").arg(signedPercent(*change));
    return line;
}

QString savingLine(const ShadowSummary& summary)
{
    if (!summary.projectedMonthlySavingUsd)
        return ShadowSummaryPanel::tr("Monthly saving: set the traffic profile in Workspace to project it");
    const double saving = *summary.projectedMonthlySavingUsd;
    const QString requests = DisplayFormat::count(summary.monthlyRequests);
    return saving >= 0
        ? ShadowSummaryPanel::tr("If routed: saves %1 a month (%2 requests)").arg(costText(saving), requests)
        : ShadowSummaryPanel::tr("If routed: costs %1 more a month (%2 requests)").arg(costText(-saving), requests);
}
} // namespace

QString shadowSummaryText(const ShadowSummary& summary, ShadowScoring scoring)
{
    QStringList lines;
    // Counts that need no plural form: "11 agree, 4 differ" reads right for any number.
    lines << ShadowSummaryPanel::tr("Agreement: %1 (%2 agree, %3 differ)")
                 .arg(DisplayFormat::percent(summary.agreementRate()))
                 .arg(summary.agreements)
                 .arg(summary.disagreements);
    const QString scoreName = scoring == ShadowScoring::PairwiseJudge ? ShadowSummaryPanel::tr("By the judge")
                                                                      : ShadowSummaryPanel::tr("By score");
    if (scoring == ShadowScoring::Similarity)
        lines << ShadowSummaryPanel::tr("By score: no expected outputs and no judge, so only agreement is known");
    else
        lines << ShadowSummaryPanel::tr("%1: %2").arg(scoreName, tallyText(summary.byScore));
    lines << ShadowSummaryPanel::tr("Your verdicts: %1 · %n to judge", nullptr, summary.byVerdict.undecided)
                 .arg(tallyText(summary.byVerdict));
    if (summary.baselineAccuracy && summary.candidateAccuracy)
        lines << ShadowSummaryPanel::tr("Accuracy: %1 → %2")
                     .arg(DisplayFormat::percent(*summary.baselineAccuracy),
                          DisplayFormat::percent(*summary.candidateAccuracy));
    lines << costLine(summary) << latencyLine(summary) << savingLine(summary);
    if (summary.baselineErrors > 0 || summary.candidateErrors > 0)
        lines << ShadowSummaryPanel::tr("Errors: baseline %1, candidate %2")
                     .arg(summary.baselineErrors)
                     .arg(summary.candidateErrors);
    return lines.join(u'\n');
}

ShadowSummaryPanel::ShadowSummaryPanel(QWidget* parent)
    : QWidget(parent)
    , m_layout(new QHBoxLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->addStretch(1);
}

ShadowSummaryPanel::~ShadowSummaryPanel() = default;

ShadowSummaryPanel::Card ShadowSummaryPanel::createCard(int candidateIndex)
{
    auto* frame = new QFrame(this);
    frame->setFrameShape(QFrame::StyledPanel);
    auto* layout = new QVBoxLayout(frame);
    Card card { frame, new QLabel(frame), new QLabel(frame), new QPushButton(tr("&Promote candidate"), frame),
                new QPushButton(tr("Roll out &gradually"), frame) };
    QFont bold = card.title->font();
    bold.setBold(true);
    card.title->setFont(bold);
    card.text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    card.promote->setToolTip(tr("Route this category to the candidate, with the routed model as its first fallback "
                                "and this run as evidence (Edit ▸ Undo takes it back)"));
    connect(card.promote, &QPushButton::clicked, this,
            [this, candidateIndex] { Q_EMIT promoteRequested(candidateIndex); });
    layout->addWidget(card.title);
    layout->addWidget(card.text, 1);
    card.rollout->setToolTip(tr("Instead of switching at once: send 5%, then 25%, 50% and 100% of this category's "
                                "traffic to the candidate, advancing stage by stage in the Routing area"));
    connect(card.rollout, &QPushButton::clicked, this,
            [this, candidateIndex] { Q_EMIT rolloutRequested(candidateIndex); });
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(card.promote);
    buttons->addWidget(card.rollout);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    m_layout->insertWidget(candidateIndex, frame);
    return card;
}

void ShadowSummaryPanel::clear()
{
    for (const Card& card : std::as_const(m_cards))
        delete card.frame;
    m_cards.clear();
}

void ShadowSummaryPanel::setComparison(const Workspace& workspace, const ShadowComparison& comparison)
{
    clear();
    for (int i = 0; i < comparison.summaries.size(); ++i) {
        m_cards.append(createCard(i));
        refresh(workspace, comparison, i);
    }
}

void ShadowSummaryPanel::refresh(const Workspace& workspace, const ShadowComparison& comparison, int candidateIndex)
{
    if (candidateIndex < 0 || candidateIndex >= m_cards.size() || candidateIndex >= comparison.summaries.size())
        return;
    const Card& card = m_cards.at(candidateIndex);
    const ShadowSummary& summary = comparison.summaries.at(candidateIndex);
    card.title->setText(tr("%1 against %2")
                            .arg(shadowModelLabel(workspace, summary.candidateModelId),
                                 shadowModelLabel(workspace, comparison.baselineModelId)));
    card.text->setText(shadowSummaryText(summary, comparison.scoring));
    const bool routed = servingModel(workspace.routing, comparison.category) == summary.candidateModelId;
    card.promote->setEnabled(!routed && !comparison.runId.isEmpty());
    card.promote->setText(routed ? tr("Routed model") : tr("&Promote candidate"));
    const Route* route = workspace.routing.routeFor(comparison.category);
    const bool rollingOut = route && route->rollout && route->rollout->to == summary.candidateModelId;
    card.rollout->setEnabled(!routed && !rollingOut);
    card.rollout->setText(rollingOut ? tr("Rolling out") : tr("Roll out &gradually"));
}

QString ShadowSummaryPanel::cardText(int candidateIndex) const
{
    return candidateIndex >= 0 && candidateIndex < m_cards.size() ? m_cards.at(candidateIndex).text->text() : QString();
}

QPushButton* ShadowSummaryPanel::rolloutButton(int candidateIndex) const
{
    return candidateIndex >= 0 && candidateIndex < m_cards.size() ? m_cards.at(candidateIndex).rollout : nullptr;
}

QPushButton* ShadowSummaryPanel::promoteButton(int candidateIndex) const
{
    return candidateIndex >= 0 && candidateIndex < m_cards.size() ? m_cards.at(candidateIndex).promote : nullptr;
}
