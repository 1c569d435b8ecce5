// SPDX-License-Identifier: GPL-3.0-or-later
// Word differences at the size of a shadow comparison: 2,000 cases whose baseline and candidate
// answers are about 2 KB of prose each, the candidate a rewording of the baseline (a word in ten
// changed, sentences dropped and added) or, for one case in five, a different answer altogether.
// Prints the time to diff every pair (median of 5), the per-pair mean, and the time of the whole
// compareShadow() over those results.
// usage: bench_shadow [cases=2000] [bytes=2048]
#include "benchsupport.h"
#include "shadow/shadowcomparison.h"

#include <cstdio>
#include <QCoreApplication>
#include <QRandomGenerator>

using namespace bench;

namespace {
const QStringList vocabulary
    = QStringLiteral(
          "the order refund customer account billing shipping parcel invoice card payment delivery address "
          "week day team support ticket reply update number, again. please thanks: we you it is was has have "
          "will can cannot not a an to of for on in with by from within today tomorrow five working days")
          .split(u' ');

QString prose(QRandomGenerator& random, int bytes)
{
    QString text;
    while (text.size() < bytes) {
        const int words = 6 + int(random.bounded(14));
        for (int i = 0; i < words; ++i)
            text += (i == 0 ? QString() : QStringLiteral(" ")) + vocabulary.at(random.bounded(vocabulary.size()));
        text += random.bounded(6) == 0 ? QStringLiteral(".\n\n") : QStringLiteral(". ");
    }
    return text;
}

QString reworded(QRandomGenerator& random, const QString& text)
{
    QStringList words = text.split(u' ');
    for (QString& word : words) {
        if (random.bounded(10) == 0)
            word = vocabulary.at(random.bounded(vocabulary.size()));
    }
    const qsizetype cut = random.bounded(qsizetype(words.size()));
    words.remove(cut, std::min<qsizetype>(12, words.size() - cut));
    return words.join(u' ') + QStringLiteral(" Is there anything else we can help you with today?");
}

ResultRecord answer(const QString& caseId, const QString& model, const QString& output)
{
    ResultRecord result;
    result.runId = QStringLiteral("bench");
    result.category = QStringLiteral("replies");
    result.caseId = caseId;
    result.modelId = model;
    result.output = output;
    result.score = 1.0;
    result.pass = true;
    result.costUsd = model == u"baseline" ? 0.002 : 0.0003;
    result.latencyMs = model == u"baseline" ? 900 : 500;
    return result;
}
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int cases = argument(args, 1, 2000);
    const int bytes = argument(args, 2, 2048);

    QRandomGenerator random(7);
    QList<std::pair<QString, QString>> pairs;
    Workspace workspace;
    workspace.traffic.monthlyRequests = 1000000;
    Category category;
    category.name = QStringLiteral("replies");
    category.trafficShare = 0.3;
    QList<ResultRecord> results;
    qint64 chars = 0;
    for (int i = 0; i < cases; ++i) {
        const QString baseline = prose(random, bytes);
        const QString candidate = random.bounded(5) == 0 ? prose(random, bytes) : reworded(random, baseline);
        pairs.append({ baseline, candidate });
        chars += baseline.size() + candidate.size();
        TestCase testCase;
        testCase.id = QStringLiteral("case-%1").arg(i);
        category.cases.append(testCase);
        results << answer(testCase.id, QStringLiteral("baseline"), baseline)
                << answer(testCase.id, QStringLiteral("candidate"), candidate);
    }
    workspace.categories = { category };

    double similarity = 0.0;
    const double diffMs = medianMs(5, [&] {
        similarity = 0.0;
        for (const auto& [baseline, candidate] : std::as_const(pairs))
            similarity += diffWords(baseline, candidate).similarity;
    });
    ShadowComparison comparison;
    const double compareMs = medianMs(5, [&] {
        comparison = compareShadow(workspace, results, category.name, QStringLiteral("baseline"),
                                   { QStringLiteral("candidate") });
    });

    std::printf("pairs           %d cases x 2 answers, %.1f KB per answer on average\n", cases,
                double(chars) / (2.0 * cases) / 1024.0);
    std::printf("diffWords       %.1f ms for all pairs (median of 5), %.3f ms a pair; mean similarity %.2f\n", diffMs,
                diffMs / cases, similarity / cases);
    std::printf("compareShadow   %.1f ms (median of 5): %lld cases, agreement %.0f%%\n", compareMs,
                static_cast<long long>(comparison.cases.size()), comparison.summaries.at(0).agreementRate() * 100);
    std::printf("peak memory     %.1f MiB\n", peakResidentMiB());
    return comparison.cases.size() == cases ? 0 : 1;
}
