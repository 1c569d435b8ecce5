// SPDX-License-Identifier: GPL-3.0-or-later
#include "appliedscorers.h"

#include "scoring/scorervalidation.h"
#include "scoring/scoringengine.h"

QList<AppliedScorerIssue> appliedScorerIssues(const TestCase& testCase, const Category& category)
{
    QList<AppliedScorerIssue> found;
    const bool own = !testCase.scorers.isEmpty();
    const QList<ScorerSpec> scorers = effectiveScorers(testCase, category);
    for (int i = 0; i < scorers.size(); ++i) {
        for (ScorerIssue issue : scorerIssues(scorers.at(i), testCase)) {
            if (!own)
                issue.message = QCoreApplication::translate("AppliedScorers", "category scorer %1 (%2): %3")
                                    .arg(QString::number(i + 1), scorers.at(i).type, issue.message);
            found.append(AppliedScorerIssue { own ? i : -1, issue });
        }
        for (ScorerIssue warning : scorerWarnings(scorers.at(i), testCase)) {
            if (!own)
                warning.message = QCoreApplication::translate("AppliedScorers", "category scorer %1 (%2): %3")
                                      .arg(QString::number(i + 1), scorers.at(i).type, warning.message);
            found.append(AppliedScorerIssue { own ? i : -1, warning, true });
        }
    }
    return found;
}
