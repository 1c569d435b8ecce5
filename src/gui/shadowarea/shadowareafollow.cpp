// SPDX-License-Identifier: GPL-3.0-or-later
// How the Shadow compare area follows the document at every moment: the baseline is the category's
// routed model after any change of the route, and the projected monthly savings use the traffic
// volume and the category's share as they are now, not as they were when the answers were compared.
#include "common/noticebanner.h"
#include "document/workspacedocument.h"
#include "routing/servingmodel.h"
#include "shadowarea.h"
#include "shadowcasemodel.h"
#include "shadowsummarypanel.h"

#include <QComboBox>

void ShadowArea::refreshCards()
{
    for (int i = 0; m_comparison && i < m_summary->cardCount(); ++i)
        m_summary->refresh(m_document->workspace(), *m_comparison, i);
}

// The cards are refreshed in place first: a promotion comes from a card's own button, which must
// outlive its click. A baseline the user chose himself stays.
void ShadowArea::onRoutingChanged()
{
    refreshCards();
    const QString served = servingModel(m_document->workspace().routing, m_categoryCombo->currentData().toString());
    if (m_baselineFollowsRoute && !served.isEmpty() && served != m_baselineCombo->currentData().toString())
        followRoute(served);
}

void ShadowArea::onTrafficChanged()
{
    if (!m_comparison)
        return;
    reprojectShadowSavings(*m_comparison, m_document->workspace());
    refreshCards();
}

// The newly routed model becomes the baseline; with no candidate left, the model it replaced is
// compared with it.
void ShadowArea::followRoute(const QString& served)
{
    const RunInfo* run = chosenRun();
    if (!run)
        return;
    const QString previous = m_baselineCombo->currentData().toString();
    if (!run->modelIds.contains(served)) {
        m_notice->setKind(NoticeBanner::Kind::Information);
        m_notice->setText(tr("%1 now serves %2 but this run did not ask it, so the baseline stays %3: run %1 in Runs "
                             "to compare it here.")
                              .arg(shadowModelLabel(m_document->workspace(), served),
                                   m_categoryCombo->currentData().toString(),
                                   shadowModelLabel(m_document->workspace(), previous)));
        return;
    }
    QStringList kept = candidates();
    kept.removeAll(served);
    if (kept.isEmpty() && !previous.isEmpty())
        kept.append(previous);
    m_filling = true;
    m_baselineCombo->setCurrentIndex(m_baselineCombo->findData(served));
    m_filling = false;
    fillCandidateMenu(kept);
    compare();
}
