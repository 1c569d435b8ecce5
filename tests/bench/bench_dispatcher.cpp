// SPDX-License-Identifier: GPL-3.0-or-later
// The dispatcher's rules at the size of a benchmark on a large labelled sample: 10,000 prompts
// (support-desk prose of 80 to 1,200 characters) through 50 rules that mix keyword lists, PCRE
// patterns and length bounds, most requests passing many rules before one matches or none does.
// Prints the time to dispatch them all (median of 5, rules compiled once), the per-request mean,
// and the time of the figures (confusion matrix, rates) over the result.
// usage: bench_dispatcher [prompts=10000] [rules=50]
#include "benchsupport.h"
#include "dispatcher/dispatchbenchmark.h"

#include <cstdio>
#include <ctime>
#include <QCoreApplication>
#include <QRandomGenerator>

using namespace bench;

namespace {
const QStringList vocabulary = QStringLiteral(
                                   "order refund customer account billing shipping parcel invoice card payment "
                                   "delivery address week day team support ticket reply update number again please "
                                   "thanks we you it is was has have will can cannot not a to of for on in with "
                                   "by from today tomorrow five working days lamp sofa rug quilt mug")
                                   .split(u' ');

QString prose(QRandomGenerator& random)
{
    const int length = 80 + int(random.bounded(1120));
    QString text;
    while (text.size() < length)
        text += vocabulary.at(random.bounded(vocabulary.size())) + QStringLiteral(" ");
    if (random.bounded(4) == 0)
        text += QStringLiteral("Order LH-%1").arg(4000000 + random.bounded(999999));
    return text;
}

// Rules that rarely match (words not in the vocabulary, or narrow bounds), so that most requests
// are tried against most rules: the slow case.
QList<DispatchRule> rules(int count, const QStringList& categories)
{
    QList<DispatchRule> list;
    for (int i = 0; i < count; ++i) {
        DispatchRule rule;
        rule.category = categories.at(i % categories.size());
        switch (i % 3) {
        case 0:
            rule.any = { QStringLiteral("keyword%1").arg(i), QStringLiteral("phrase %1 here").arg(i),
                         vocabulary.at(i % vocabulary.size()) + QStringLiteral("zz") };
            break;
        case 1:
            rule.regex = QStringLiteral("(?i)\\b(ticket|case)\\s+#?%1\\d{3}\\b").arg(i);
            break;
        default:
            rule.any = { vocabulary.at(i % vocabulary.size()) };
            rule.regex = QStringLiteral("LH-%1\\d{5}").arg(i % 10);
            rule.minChars = 100 + i;
            rule.maxChars = 400 + i;
            break;
        }
        list.append(rule);
    }
    return list;
}
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int prompts = argument(args, 1, 10000);
    const int ruleCount = argument(args, 2, 50);
    const QStringList categories { QStringLiteral("ticket-classification"), QStringLiteral("sentiment"),
                                   QStringLiteral("field-extraction"), QStringLiteral("summarisation"),
                                   QStringLiteral("language-detection") };
    QRandomGenerator random(20261206);
    QList<LabelledRequest> requests;
    requests.reserve(prompts);
    for (int i = 0; i < prompts; ++i)
        requests.append({ QString::number(i), prose(random), categories.at(random.bounded(categories.size())), {} });
    DispatcherSpec spec;
    spec.rules = rules(ruleCount, categories);

    QList<Dispatch> dispatches;
    // Processor time too: on a loaded machine the wall clock measures the queue, not the work.
    const std::clock_t cpuStart = std::clock();
    const double dispatchMs = medianMs(5, [&] { dispatches = dispatchByRules(spec, requests); });
    const double cpuMs = double(std::clock() - cpuStart) * 1000.0 / CLOCKS_PER_SEC / 5;
    DispatchFigures figures;
    const double figuresMs = medianMs(5, [&] { figures = dispatchFigures(requests, dispatches, categories); });
    std::printf("requests        %d prompts of 80-1,200 characters, %d rules\n", prompts, ruleCount);
    std::printf("dispatchByRules %.1f ms for all (median of 5), %.1f us a request; %.1f ms of processor time (mean); "
                "%d matched a rule\n",
                dispatchMs, dispatchMs * 1000.0 / prompts, cpuMs, figures.byRule);
    std::printf("dispatchFigures %.1f ms (median of 5): misroute rate %.1f%%, unmatched %.1f%%\n", figuresMs,
                figures.misrouteRate() * 100.0, figures.unmatchedRate() * 100.0);
    std::printf("peak memory     %.1f MiB\n", peakResidentMiB());
    return 0;
}
